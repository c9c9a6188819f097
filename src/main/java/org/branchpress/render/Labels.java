package org.branchpress.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.branchpress.settings.Language;

/**
 * Every word the theme prints, in simplified and traditional Chinese. Templates read them
 * as {@code l.key}; a user's template may use any of them.
 */
public final class Labels {
    private static final String[][] WORDS = {
            {"home", "首页", "首頁"},
            {"cases", "典型案例", "典型案例"},
            {"honors", "光荣榜", "光榮榜"},
            {"activities", "活动记录", "活動記錄"},
            {"people", "人员", "人員"},
            {"tags", "标签", "標籤"},
            {"archive", "归档", "歸檔"},
            {"series", "奖项", "獎項"},
            {"pages", "关于", "關於"},
            {"source", "来源", "來源"},
            {"author", "作者", "作者"},
            {"branch", "单位", "單位"},
            {"date", "日期", "日期"},
            {"readingTime", "阅读约", "閱讀約"},
            {"minutes", "分钟", "分鐘"},
            {"contents", "目录", "目錄"},
            {"previous", "上一篇", "上一篇"},
            {"next", "下一篇", "下一篇"},
            {"newer", "较新", "較新"},
            {"older", "较早", "較早"},
            {"pageOf", "第 %d 页，共 %d 页", "第 %d 頁，共 %d 頁"},
            {"latestCases", "最新案例", "最新案例"},
            {"latestHonors", "最新光荣榜", "最新光榮榜"},
            {"latestActivities", "近期活动", "近期活動"},
            {"more", "更多", "更多"},
            {"upToParent", "返回", "返回"},
            {"branches", "各支部", "各支部"},
            {"branchNews", "各支部动态", "各支部動態"},
            {"revoked", "已撤销", "已撤銷"},
            {"temporaryBranch", "临时党支部", "臨時黨支部"},
            {"branchCompare", "支部对比", "支部對比"},
            {"allBranches", "全部支部", "全部支部"},
            {"ownContent", "党总支本级", "黨總支本級"},
            {"samePerson", "同一人的其他页面", "同一人的其他頁面"},
            {"branchCompareIntro", "各支部三会一课落实情况、出席率和每月活动次数。临时党支部只按其存续期间统计。",
                    "各支部三會一課落實情況、出席率和每月活動次數。臨時黨支部只按其存續期間統計。"},
            {"complianceHeld", "已开/应开", "已開/應開"},
            {"branchWindow", "存续期间", "存續期間"},
            {"period", "期次", "期次"},
            {"issuer", "发布", "發布"},
            {"team", "团队", "團隊"},
            {"members", "成员", "成員"},
            {"unit", "所在", "所在"},
            {"allRolls", "历年榜单", "歷年榜單"},
            {"type", "类型", "類型"},
            {"location", "地点", "地點"},
            {"organizer", "承办", "承辦"},
            {"host", "主持人", "主持人"},
            {"attendees", "参加人员", "參加人員"},
            {"absent", "缺席", "缺席"},
            {"leave", "请假", "請假"},
            {"speakers", "发言", "發言"},
            {"guests", "列席", "列席"},
            {"attendance", "出席", "出席"},
            {"attendanceRate", "出席率", "出席率"},
            {"present", "实到", "實到"},
            {"expected", "应到", "應到"},
            {"persons", "人", "人"},
            {"photos", "活动照片", "活動照片"},
            {"personHonors", "所获荣誉", "所獲榮譽"},
            {"personActivities", "参加的活动", "參加的活動"},
            {"personAbsent", "缺席的活动", "缺席的活動"},
            {"asMemberOf", "所在团队：", "所在團隊："},
            {"items", "条", "條"},
            {"andOthers", "等", "等"},
            {"entries", "项", "項"},
            {"noItems", "暂无内容", "暫無內容"},
            {"notFound", "页面不存在", "頁面不存在"},
            {"notFoundText", "您要找的页面不存在或已被移动。", "您要找的頁面不存在或已被移動。"},
            {"backHome", "返回首页", "返回首頁"},
            {"feed", "订阅", "訂閱"},
            {"builtWith", "由 branchpress 生成", "由 branchpress 生成"},
            {"skip", "跳到正文", "跳到正文"},
            {"menu", "栏目", "欄目"},
            {"year", "年", "年"},
            {"kindCase", "案例", "案例"},
            {"kindHonor", "光荣榜", "光榮榜"},
            {"kindActivity", "活动", "活動"},
            {"kindPage", "页面", "頁面"},
            {"kindNotice", "通知", "通知"},
            {"notices", "通知公告", "通知公告"},
            {"noticeBand", "通知", "通知"},
            {"noticeUrgent", "紧急通知", "緊急通知"},
            {"noticeWindow", "%s至%s", "%s至%s"},
            {"noticeShown", "屏幕显示", "螢幕顯示"},
            {"kindPerson", "人员", "人員"},
            {"print", "打印", "列印"},
            {"scanToRead", "扫码阅读全文", "掃碼閱讀全文"},
            {"stats", "统计", "統計"},
            {"search", "搜索", "搜尋"},
            {"searchPlaceholder", "搜索案例、光荣榜、活动、人员", "搜尋案例、光榮榜、活動、人員"},
            {"searchNeedsScript", "搜索需要浏览器启用 JavaScript。您也可以按年份浏览", "搜尋需要瀏覽器啟用 JavaScript。您也可以按年份瀏覽"},
            {"allKinds", "全部类别", "全部類別"},
            {"allYears", "全部年份", "全部年份"},
            {"searching", "正在搜索…", "正在搜尋…"},
            {"noResults", "没有找到相关内容，请换个词试试。", "沒有找到相關內容，請換個詞試試。"},
            {"resultCount", "找到 %d 条结果", "找到 %d 條結果"},
            {"statsTitle", "活动统计与三会一课", "活動統計與三會一課"},
            {"compliance", "三会一课落实情况", "三會一課落實情況"},
            {"complianceRate", "按期落实率", "按期落實率"},
            {"rule", "制度", "制度"},
            {"requirement", "要求", "要求"},
            {"statusHeld", "已开展", "已開展"},
            {"statusMissed", "未开展", "未開展"},
            {"statusProgress", "本期进行中", "本期進行中"},
            {"statusNone", "尚无记录", "尚無記錄"},
            {"statusFuture", "未到期", "未到期"},
            {"byMonth", "各月活动次数", "各月活動次數"},
            {"month", "月", "月"},
            {"total", "合计", "合計"},
            {"attendanceByActivity", "各次活动出席率", "各次活動出席率"},
            {"averageByType", "各类活动平均出席率", "各類活動平均出席率"},
            {"engagement", "参与度（发言÷出席）", "參與度（發言÷出席）"},
            {"spoke", "发言", "發言"},
            {"rotation", "党小组轮值承办", "黨小組輪值承辦"},
            {"rotationIdle", "本年未承办", "本年未承辦"},
            {"targets", "目标完成情况公示", "目標完成情況公示"},
            {"targetsOfYear", "年度完成情况公示", "年度完成情況公示"},
            {"targetsLead", "现将%d年度%s完成情况公示如下（统计截至%s）。", "現將%d年度%s完成情況公示如下（統計截至%s）。"},
            {"targetsSummary", "参加统计党员 %d 人，全部完成 %d 人，完成率 %s。", "參加統計黨員 %d 人，全部完成 %d 人，完成率 %s。"},
            {"atLeast", "至少", "至少"},
            {"group", "党小组", "黨小組"},
            {"allDone", "全部完成", "全部完成"},
            {"done", "已完成", "已完成"},
            {"notDone", "未完成", "未完成"},
            {"belowQuorum", "到会未过半数的会议", "到會未過半數的會議"},
            {"belowQuorumNote", "支部党员大会、支委会须有半数以上成员到会。", "支部黨員大會、支委會須有半數以上成員到會。"},
            {"noneBelowQuorum", "没有到会未过半数的会议。", "沒有到會未過半數的會議。"},
            {"memberStats", "党员参加活动情况", "黨員參加活動情況"},
            {"name", "姓名", "姓名"},
            {"attended", "参加", "參加"},
            {"participation", "参加活动情况", "參加活動情況"},
            {"asOf", "统计截至", "統計截至"},
            {"count", "次数", "次數"},
            {"legend", "图例", "圖例"},
            {"glance", "今年三会一课", "今年三會一課"},
            {"held", "已开", "已開"},
            {"notHeld", "未开", "未開"},
            {"inProgress", "进行中", "進行中"},
            {"unitMonth", "个月", "個月"},
            {"unitQuarter", "个季度", "個季度"},
            {"thisMonth", "本月", "本月"},
            {"thisQuarter", "本季度", "本季度"},
            {"thisYear", "本年", "本年"},
            {"wholeYear", "全年", "全年"},
            {"times", "次", "次"},
            {"screenCompliance", "三会一课落实率", "三會一課落實率"},
            {"statsYear", "年活动统计", "年活動統計"},
            {"statsActivities", "开展活动（次）", "開展活動（次）"},
            {"statsHonors", "光荣榜（期）", "光榮榜（期）"},
            {"statsTypes", "活动类型（种）", "活動類型（種）"},
            {"screenNoScript", "本页每隔几秒自动翻页", "本頁每隔幾秒自動翻頁"},
            {"defaultScreen", "楼宇电视", "樓宇電視"},
            {"previewTitle", "屏幕预览", "螢幕預覽"},
            {"previewIntro", "每块屏幕今天播放的每一页，按播放顺序；标有“请注意”的页面请检查。",
                    "每塊螢幕今天播放的每一頁，按播放順序；標有「請注意」的頁面請檢查。"},
            {"previewLoop", "播放一轮约 %s", "播放一輪約 %s"},
            {"previewSlides", "共 %d 页", "共 %d 頁"},
            {"previewSlide", "第 %d 页", "第 %d 頁"},
            {"previewOpen", "打开这块屏幕", "打開這塊螢幕"},
            {"previewNotes", "请注意", "請注意"},
            {"previewNone", "这块屏幕今天没有可播放的内容，会显示网站名称。", "這塊螢幕今天沒有可播放的內容，會顯示網站名稱。"},
            {"previewUpTo", "最长 %s（视频播完即换页）", "最長 %s（影片播完即換頁）"},
            {"previewFrom", "%s起", "%s起"},
            {"previewUntil", "至%s", "至%s"},
            {"previewHours", "每天 %s", "每天 %s"},
            {"secondsUnit", "秒", "秒"},
            {"minutesUnit", "分", "分"},
            {"landscape", "横屏", "橫屏"},
            {"portrait", "竖屏", "豎屏"},
            {"slide-honors", "光荣榜", "光榮榜"},
            {"slide-activity", "活动", "活動"},
            {"slide-case", "案例", "案例"},
            {"slide-stats", "统计", "統計"},
            {"slide-targets", "目标完成", "目標完成"},
            {"targetsTitle", "%d年%s完成情况", "%d年%s完成情況"},
            {"targetsDone", "%2$d 名党员中 %1$d 名全部完成", "%2$d 名黨員中 %1$d 名全部完成"},
            {"targetsOf", "达到各项目标的人数（共 %d 人）", "達到各項目標的人數（共 %d 人）"},
            {"slide-branches", "各支部比较", "各支部比較"},
            {"branchesTitle", "各支部三会一课", "各支部三會一課"},
            {"branchesOf", "%d年落实率（活动次数）", "%d年落實率（活動次數）"},
            {"slide-page", "页面", "頁面"},
            {"slide-image", "图片", "圖片"},
            {"slide-video", "视频", "影片"},
            {"slide-notice", "通知", "通知"},
            {"noteShortened", "%s太长，屏幕上只显示了开头", "%s太長，螢幕上只顯示了開頭"},
            {"noteTitle", "标题", "標題"},
            {"continued", "（续）", "（續）"},
            {"noteLocation", "地点", "地點"},
            {"noteBranch", "支部名称", "支部名稱"},
            {"noteName", "姓名", "姓名"},
            {"noteUnit", "单位", "單位"},
            {"noteMembers", "成员名单", "成員名單"},
            {"noteCitation", "事迹", "事蹟"},
            {"noteSummary", "摘要", "摘要"},
            {"noteText", "正文", "正文"},
            {"noteNoPhoto", "没有照片，只显示文字", "沒有照片，只顯示文字"},
            {"noteNoPortraitPhoto", "%d 人没有照片，显示生成的头像", "%d 人沒有照片，顯示生成的頭像"},
            {"noteNoPoster", "视频没有封面图：放不了视频的电视只显示网站名称", "影片沒有封面圖：放不了影片的電視只顯示網站名稱"},
            {"checkScreenNote", "屏幕 %s 第 %d 页（%s）：%s", "螢幕 %s 第 %d 頁（%s）：%s"},
            {"chartSummary", "%d年各月活动次数（共 %d 次），按类型分色；具体数字见下表。",
                    "%d年各月活動次數（共 %d 次），按類型分色；具體數字見下表。"},
            {"printBrochure", "年度党建工作画册", "年度黨建工作畫冊"},
            {"printContents", "目录", "目錄"},
            {"printCases", "典型案例", "典型案例"},
            {"printHonors", "光荣榜", "光榮榜"},
            {"printActivities", "活动风采", "活動風采"},
            {"printOtherActivities", "其他活动", "其他活動"},
            {"printStats", "“三会一课”开展情况", "「三會一課」開展情況"},
            {"printStatsLead", "%d年共开展活动 %d 次，“三会一课”按期开展率 %s。", "%d年共開展活動 %d 次，「三會一課」按期開展率 %s。"},
            {"printStatsLeadNoRate", "%d年共开展活动 %d 次。", "%d年共開展活動 %d 次。"},
            {"printPage", "第 %s 页", "第 %s 頁"},
            {"printParticipation", "%d年度党员参加组织生活情况公示", "%d年度黨員參加組織生活情況公示"},
            {"printParticipationLead", "现将%d年度党员参加支部组织生活情况公示如下（统计截至%s）。如有异议，请向支部委员会反映。",
                    "現將%d年度黨員參加支部組織生活情況公示如下（統計截至%s）。如有異議，請向支部委員會反映。"},
            {"printDone", "完成", "完成"},
            {"printNotDone", "未完成", "未完成"},
            {"printAllDone", "全部完成", "全部完成"},
            {"printNo", "序号", "序號"},
            {"printName", "姓名", "姓名"},
            {"printGroup", "党小组", "黨小組"},
            {"printAttended", "参加（次）", "參加（次）"},
            {"printLeave", "请假（次）", "請假（次）"},
            {"printAbsent", "缺席（次）", "缺席（次）"},
            {"printRate", "出席率", "出席率"},
            {"printTeamMembers", "成员：", "成員："},
    };

    private static final String[] WEEKDAYS_CN = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    private final Map<String, String> words;
    private final Language language;

    public Labels(Language language) {
        this.language = language;
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] w : WORDS) {
            map.put(w[0], language.traditional() ? w[2] : w[1]);
        }
        this.words = Map.copyOf(map);
    }

    public Map<String, String> words() {
        return words;
    }

    public String get(String key) {
        String w = words.get(key);
        if (w == null) {
            throw new IllegalArgumentException("no label " + key);
        }
        return w;
    }

    /** {@code 2024年3月15日}: the date form of CONTENT-FORMAT.md, same in both scripts. */
    public String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * A window of days as a notice shows it: {@code 6月20日至6月27日}, the years named only
     * when the days are in two years.
     */
    public String window(LocalDate from, LocalDate until) {
        boolean sameYear = from.getYear() == until.getYear();
        return String.format(get("noticeWindow"), sameYear ? monthDay(from) : date(from),
                sameYear ? monthDay(until) : date(until));
    }

    private static String monthDay(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    public String weekday(DayOfWeek day) {
        return WEEKDAYS_CN[day.getValue() - 1];
    }

    public String pageOf(int page, int pages) {
        return String.format(get("pageOf"), page, pages);
    }

    public Language language() {
        return language;
    }
}
