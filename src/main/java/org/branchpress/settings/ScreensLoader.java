package org.branchpress.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.branchpress.problem.Problems;
import org.branchpress.yaml.YamlMap;

/** site.yaml's {@code screens:} → {@link Screen}s, each mistake at its line. */
final class ScreensLoader {
    private static final List<String> SCREEN_KEYS = List.of("id", "title", "orientation", "seconds", "ticker",
            "playlist");
    private static final List<String> ITEM_KEYS = List.of("latest", "kind", "src", "poster", "seconds", "from", "until", "hours",
            "branches", "by");
    private static final Pattern HOURS = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)\\s*[-–~至到]\\s*([01]?\\d|2[0-4]):([0-5]\\d)");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final int DEFAULT_SECONDS = 12;

    private ScreensLoader() {
    }

    static List<Screen> load(YamlMap site, Problems problems) {
        List<Screen> screens = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap s : site.mapList("screens", "一块屏幕的设置")) {
            s.rejectUnknown(SCREEN_KEYS, "screens 的一项");
            String id = s.requiredText("id", "屏幕编号，用作网址，例如 lobby").orElse("");
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                problems.error(s.positionOf("id"), "screens/id",
                        "屏幕编号 id 只能用小写英文字母、数字和连字符（例如 lobby、elevator-2），这里写的是“" + id + "”。");
            } else if (!id.isEmpty() && !ids.add(id)) {
                problems.error(s.positionOf("id"), "screens/id", "屏幕编号“" + id + "”重复了：每块屏幕的 id 必须不同。");
            }
            String orientationKey = s.text("orientation").orElse("landscape");
            Optional<Screen.Orientation> orientation = Screen.Orientation.of(orientationKey);
            if (orientation.isEmpty()) {
                problems.error(s.positionOf("orientation"), "screens/orientation", "orientation 只能是 landscape（横屏）或 portrait（竖屏），这里写的是“"
                        + orientationKey + "”。");
            }
            int seconds = seconds(s, problems).orElse(DEFAULT_SECONDS);
            screens.add(new Screen(id, s.text("title").orElse(id), orientation.orElse(Screen.Orientation.LANDSCAPE),
                    seconds, s.textList("ticker"), playlist(s, problems)));
        }
        return List.copyOf(screens);
    }

    private static List<Screen.PlaylistItem> playlist(YamlMap screen, Problems problems) {
        List<Screen.PlaylistItem> items = new ArrayList<>();
        for (YamlMap entry : screen.mapList("playlist", "一个播放项，例如 - honors: {latest: 2}")) {
            List<String> keys = entry.keys();
            if (keys.size() != 1) {
                problems.error(entry.position(), "screens/playlist", "每个播放项只写一种来源（honors、activities、cases、stats、page、image、video），这里写了 "
                        + keys.size() + " 种。");
                continue;
            }
            String key = keys.get(0);
            Optional<Screen.Source> source = Screen.Source.of(key);
            if (source.isEmpty()) {
                problems.error(entry.keyPosition(key), "screens/playlist", "播放项的来源“" + key
                        + "”不认识：可用的来源有 honors（光荣榜）、activities（活动）、cases（案例）、stats（统计）、page（页面）、image（图片）、video（视频）。");
                continue;
            }
            YamlMap options = entry.map(key).orElse(null);
            items.add(options == null ? new Screen.PlaylistItem(source.get(), defaultLatest(source.get()),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), entry.position()) : item(source.get(), options, entry, problems));
        }
        return List.copyOf(items);
    }

    private static Screen.PlaylistItem item(Screen.Source source, YamlMap o, YamlMap entry, Problems problems) {
        o.rejectUnknown(ITEM_KEYS, "播放项 " + source.key() + " ");
        int latest = o.integer("latest").orElse(defaultLatest(source));
        if (latest < 1 || latest > 50) {
            problems.error(o.positionOf("latest"), "screens/latest", "latest 是显示最新的几项，应在 1 到 50 之间，这里是 " + latest + "。");
        }
        boolean file = source == Screen.Source.PAGE || source == Screen.Source.IMAGE || source == Screen.Source.VIDEO;
        if (file && !o.has("src")) {
            problems.error(o.position(), "screens/src", source.key() + " 播放项需要 src：写出文件路径，例如 src: "
                    + (source == Screen.Source.VIDEO ? "media/dangke.mp4" : "media/poster.jpg") + "。");
        }
        if (source != Screen.Source.VIDEO && o.has("poster")) {
            problems.error(o.positionOf("poster"), "screens/poster", "只有 video 播放项有 poster（视频的封面图），"
                    + source.key() + " 播放项不用写：请删去这一行。");
        }
        return new Screen.PlaylistItem(source, latest, o.text("kind"), o.text("src"), o.text("poster"), seconds(o, problems),
                o.date("from"), o.date("until"), hours(o, problems), o.has("src") ? o.positionOf("src") : entry.position(),
                reach(source, o, problems), byBranch(source, o, problems));
    }

    /** {@code branches: all} or a list of branch ids, on honors, activities and cases only. */
    private static Screen.Reach reach(Screen.Source source, YamlMap o, Problems problems) {
        if (!o.has("branches")) {
            return Screen.Reach.OWN;
        }
        boolean sections = source == Screen.Source.HONORS || source == Screen.Source.ACTIVITIES
                || source == Screen.Source.CASES;
        if (!sections) {
            problems.error(o.keyPosition("branches"), "screens/branches", "只有 honors、activities、cases 播放项能写 branches"
                    + "（从各支部取最新的几项）" + (source == Screen.Source.STATS ? "；要在统计页比较各支部，请写 stats: {by: branch}。"
                    : "：请删去这一行。"));
            return Screen.Reach.OWN;
        }
        List<String> ids = o.textList("branches");
        if (ids.isEmpty()) {
            problems.error(o.positionOf("branches"), "screens/branches",
                    "branches 写全部支部 all，或列出支部代号，例如 branches: all 或 branches: [yishi, ershi]。");
            return Screen.Reach.OWN;
        }
        boolean all = ids.size() == 1 && ids.get(0).equals("all");
        return new Screen.Reach(all, all ? List.of() : List.copyOf(ids), Optional.of(o.positionOf("branches")));
    }

    /** {@code by: branch} on stats: the 党总支's branches compared. */
    private static boolean byBranch(Screen.Source source, YamlMap o, Problems problems) {
        Optional<String> by = o.text("by");
        if (by.isEmpty()) {
            return false;
        }
        if (source != Screen.Source.STATS) {
            problems.error(o.keyPosition("by"), "screens/by", "只有 stats 播放项能写 by（例如 stats: {by: branch} 比较各支部）"
                    + "：请删去这一行。");
            return false;
        }
        if (!by.get().equals("branch")) {
            problems.error(o.positionOf("by"), "screens/by", "by 只能写 branch（按支部比较），这里写的是“" + by.get() + "”。");
            return false;
        }
        return true;
    }

    /** {@code hours: "08:00-10:00"}, as written (half-width or full-width colon, 至/到 allowed). */
    private static Optional<Screen.DayPart> hours(YamlMap o, Problems problems) {
        Optional<String> text = o.text("hours");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = HOURS.matcher(text.get().trim().replace('：', ':'));
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
            int to = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
            if (from != to && to <= 24 * 60) {
                return Optional.of(new Screen.DayPart(from, to));
            }
        }
        problems.error(o.positionOf("hours"), "screens/hours", "hours 是每天显示的时段，写成 \"08:00-10:00\" 这样"
                + "（24 小时制，开始和结束不能相同；跨过午夜写 \"22:00-06:00\"），这里写的是“" + text.get() + "”。");
        return Optional.empty();
    }

    private static int defaultLatest(Screen.Source source) {
        return source == Screen.Source.ACTIVITIES ? 6 : 3;
    }

    private static Optional<Integer> seconds(YamlMap m, Problems problems) {
        Optional<Integer> seconds = m.integer("seconds");
        if (seconds.isPresent() && (seconds.get() < 3 || seconds.get() > 600)) {
            problems.error(m.positionOf("seconds"), "screens/seconds",
                    "seconds 是每页显示的秒数，应在 3 到 600 之间，这里是 " + seconds.get() + "。");
            return Optional.empty();
        }
        return seconds;
    }
}
