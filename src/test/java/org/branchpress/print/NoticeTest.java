package org.branchpress.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 公示: with targets, a row per counted member with each goal's count and 完成/未完成; without,
 * each member's participation in the year. 陈杰 (积极分子) is not counted; 赵磊 left before 2025.
 */
class NoticeTest {
    @TempDir
    Path dir;

    static final String TARGETS = """
            types: [技术交流]
            targets:
              - name: 学习提升“1+4+1”
                period: year
                items:
                  - {label: 开展专业技术交流, type: 技术交流, role: speaker, at_least: 1}
                  - {label: 参加专业技术交流, type: 技术交流, role: attendee, at_least: 2}
            """;

    static final String ROSTER = """
            members:
              - {name: 王伟, group: 第一党小组, status: 正式党员}
              - {name: 李强, group: 第一党小组, status: 正式党员}
              - {name: 张敏, group: 第二党小组, status: 预备党员}
              - {name: 陈杰, group: 第二党小组, status: 入党积极分子}
              - {name: 赵磊, group: 第二党小组, status: 正式党员, left: 2024-12-31}
            """;

    private TestSite site(String settings) {
        return new TestSite(dir).settings(settings).file("members.yaml", ROSTER)
                .file("activities/a.md", "---\ntitle: 三月技术交流\ndate: 2025-03-01\ntype: 技术交流\n"
                        + "attendees: [王伟, 李强, 张敏, 陈杰]\nspeakers: [王伟]\n---\n纪要。\n")
                .file("activities/b.md", "---\ntitle: 四月技术交流\ndate: 2025-04-01\ntype: 技术交流\n"
                        + "attendees: [王伟, 李强]\nleave: [张敏]\n---\n纪要。\n");
    }

    /** The rows of the 公示's table: each line of the text that starts with a row number. */
    private static List<String> rows(Pdfs pdf) {
        return String.join("\n", pdf.texts()).lines().filter(l -> l.matches("\\d+ \\S+ 第.党小组.*")).toList();
    }

    @Test
    void theTargetsNoticeHasARowForEveryCountedMember() throws IOException {
        TestSite site = site(TARGETS);
        TestSite.Run run = site.print("notice", "--year", "2025");
        assertThat(run.status()).as(run.err()).isZero();
        Pdfs pdf = Pdfs.read(site.printed().resolve("notice-xue-xi-ti-sheng-1-4-1-2025.pdf"));
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(rows(pdf)).containsExactly(
                "1 王伟 第一党小组 1 √ 2 √ 完成",
                "2 李强 第一党小组 0 2 √ 未完成",
                "3 张敏 第二党小组 0 1 未完成");
        assertThat(pdf.joined()).contains("学习提升“1+4+1”2025年度完成情况公示", "测试支部2026年12月1日")
                .doesNotContain("陈杰", "赵磊");
        assertThat(pdf.fonts()).allMatch(Pdfs.Font::embedded);
    }

    /** The 2025 participation 公示 of the site with these settings (no targets). */
    private Pdfs participation(String settings) throws IOException {
        TestSite site = site(settings);
        TestSite.Run run = site.print("notice", "--year", "2025");
        assertThat(run.status()).as(run.err()).isZero();
        return Pdfs.read(site.printed().resolve("notice-participation-2025.pdf"));
    }

    @Test
    void withoutTargetsTheNoticeIsTheYearsParticipation() throws IOException {
        Pdfs pdf = participation("");
        assertThat(rows(pdf)).containsExactly(
                "1 王伟 第一党小组 2 0 0 100.0%",
                "2 李强 第一党小组 2 0 0 100.0%",
                "3 张敏 第二党小组 1 1 0 50.0%");
        assertThat(pdf.joined()).contains("2025年度党员参加组织生活情况公示");
    }

    @Test
    void withAbsenteesKeptOffThePortalTheNoticeHasNoAbsences() throws IOException {
        Pdfs pdf = participation("privacy: {absentees: nowhere}\n");
        assertThat(rows(pdf)).containsExactly("1 王伟 第一党小组 2 0", "2 李强 第一党小组 2 0", "3 张敏 第二党小组 1 1");
        assertThat(pdf.joined()).doesNotContain("缺席", "出席率");
    }

    @Test
    void aTargetNamedThatIsNoneIsRefusedWithTheNamesThereAre() {
        TestSite site = site(TARGETS);
        TestSite.Run run = site.print("notice", "--year", "2025", "--target", "读书");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("site.yaml 的 targets: 里没有名为“读书”的目标", "已有的目标：学习提升“1+4+1”");
    }

    @Test
    void privacyNowhereLeavesTheNoticeUnprinted() {
        TestSite site = site(TARGETS + "privacy: {member_stats: nowhere}\n");
        TestSite.Run run = site.print("notice", "--year", "2025");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("member_stats: nowhere", "不印制公示");
        assertThat(site.printed()).doesNotExist();
    }

    @Test
    void aUsersPrintTemplateReplacesTheBuiltInOne() throws IOException {
        TestSite site = site(TARGETS);
        java.nio.file.Files.createDirectories(dir.resolve("templates/print"));
        java.nio.file.Files.writeString(dir.resolve("templates/print/notice.ftlh"), """
                <html><body style="font-family: branchpress-cjk"><h1>${issuer}张贴</h1>
                <#list rows as row><p>${row[1]}</p></#list></body></html>
                """);
        TestSite.Run run = site.print("notice", "--year", "2025");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Pdfs.read(site.printed().resolve("notice-xue-xi-ti-sheng-1-4-1-2025.pdf")).joined())
                .isEqualTo("测试支部张贴王伟李强张敏");
        java.nio.file.Files.writeString(dir.resolve("templates/print/notice.ftlh"), "<html>${nothing}</html>");
        TestSite.Run broken = site.print("notice", "--year", "2025");
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.err()).contains("模板 print/notice.ftlh 第 1 行", "“nothing”没有值");
    }
}
