package org.branchpress.branches;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 党总支's folder: its layout's mistakes are errors at their line, in Chinese, and nothing is published. */
class BranchLayoutTest {
    @TempDir
    Path dir;

    private TestSite zongzhi(String branches) {
        return new TestSite(dir).file("site.yaml", """
                title: 测试党总支
                branches: %s
                """.formatted(branches));
    }

    /** The first error line of either command: check prints to standard output, build to standard error. */
    static String firstError(TestSite.Run run) {
        return (run.out() + "\n" + run.err()).lines().filter(l -> l.matches(".+:\\d+:\\d+: error: .*"))
                .findFirst().orElse("");
    }

    private static String branch(String title) {
        return "title: " + title + "\n";
    }

    @Test
    void aListedBranchWithoutItsFolderIsAnErrorAtItsId() {
        TestSite site = zongzhi("[yishi, ershi]").file("branches/yishi/site.yaml", branch("一室党支部"));
        TestSite.Run run = site.build();
        assertThat(run.status()).isEqualTo(1);
        assertThat(firstError(run)).isEqualTo("content/site.yaml:2:19: error: branches 里列出了支部“ershi”，"
                + "但没有文件夹 content/branches/ershi/：请建立这个文件夹（里面要有这个支部自己的 site.yaml），或从 branches 里删去 ershi。");
        assertThat(site.exists("index.html")).isFalse();
    }

    @Test
    void aBranchFolderNotListedIsAnErrorAtBranches() {
        TestSite site = zongzhi("[yishi]").file("branches/yishi/site.yaml", branch("一室党支部"))
                .file("branches/sanshi/site.yaml", branch("三室党支部"));
        TestSite.Run run = site.check();
        assertThat(run.status()).isEqualTo(1);
        assertThat(firstError(run)).isEqualTo("content/site.yaml:2:11: error: 文件夹 content/branches/sanshi/ "
                + "没有列在 site.yaml 的 branches 里：请把 sanshi 加进 branches（例如 branches: [yishi, sanshi]），或把这个文件夹移出 branches/。");
    }

    @Test
    void anIdThatCannotBeAFolderNameIsAnError() {
        TestSite site = zongzhi("[一室]");
        TestSite.Run run = site.check();
        assertThat(firstError(run)).startsWith("content/site.yaml:2:12: error: 支部代号“一室”不能用作文件夹名");
    }

    @Test
    void aBranchsProblemNamesItsFileUnderTheZongzhisFolder() {
        TestSite site = zongzhi("[yishi]").file("branches/yishi/site.yaml", branch("一室党支部"))
                .file("branches/yishi/activities/2026-03-01-a.md", """
                        ---
                        title: 主题党日
                        date: 2026-03-01
                        type: 主题党日
                        titel: 多余
                        ---
                        """);
        TestSite.Run run = site.build();
        assertThat(run.status()).isEqualTo(1);
        assertThat(firstError(run)).startsWith("content/branches/yishi/activities/2026-03-01-a.md:5:1: error: ");
    }

    @Test
    void aBranchFolderWithoutSettingsIsAnError() {
        TestSite site = zongzhi("[yishi]").file("branches/yishi/pages/about.md", "---\ntitle: 简介\n---\n");
        assertThat(firstError(site.check())).startsWith("content/branches/yishi/site.yaml:1:1: error: 支部文件夹 "
                + "content/branches/yishi/ 里没有 site.yaml");
    }

    @Test
    void theZongzhisBlockedTermsApplyToEveryBranch() {
        TestSite site = new TestSite(dir).file("site.yaml", """
                        title: 测试党总支
                        branches: [yishi]
                        review: {blocked: [某型号代号]}
                        """)
                .file("branches/yishi/site.yaml", branch("一室党支部"))
                .file("branches/yishi/cases/a.md", """
                        ---
                        title: 攻关
                        date: 2026-03-01
                        ---
                        完成了某型号代号的试验。
                        """);
        TestSite.Run run = site.build();
        assertThat(run.status()).isEqualTo(1);
        assertThat(firstError(run)).startsWith("content/branches/yishi/cases/a.md:5:");
        assertThat(firstError(run)).contains("某型号代号");
    }

    @Test
    void aBranchMayBlockTermsOfItsOwn() {
        TestSite site = zongzhi("[yishi, ershi]")
                .file("branches/yishi/site.yaml", branch("一室党支部") + "review: {blocked: [甲工程]}\n")
                .file("branches/ershi/site.yaml", branch("二室党支部"))
                .file("branches/ershi/cases/a.md", "---\ntitle: 甲工程\ndate: 2026-03-01\n---\n甲工程。\n");
        assertThat(site.build().status()).isZero();
        site.file("branches/yishi/cases/a.md", "---\ntitle: 甲工程\ndate: 2026-03-01\n---\n甲工程。\n");
        assertThat(firstError(site.build())).startsWith("content/branches/yishi/cases/a.md:2:");
    }

    @Test
    void aTemporaryBranchsParentMustBeABranchOfTheZongzhi() {
        TestSite site = zongzhi("[lin-shi]").file("branches/lin-shi/site.yaml", branch("临时党支部")
                + "temporary: {from: 2026-02-01, until: 2026-03-31, parent_branch: yishi}\n");
        assertThat(firstError(site.check())).isEqualTo("content/branches/lin-shi/site.yaml:1:1: error: temporary 的 "
                + "parent_branch “yishi”不是本党总支的支部代号：可以写的有 lin-shi。");
    }

    @Test
    void aTemporaryBranchRevokedBeforeItWasSetUpIsAnError() {
        TestSite site = zongzhi("[lin-shi]").file("branches/lin-shi/site.yaml", branch("临时党支部")
                + "temporary: {from: 2026-02-01, until: 2026-01-31}\n");
        assertThat(firstError(site.check())).startsWith("content/branches/lin-shi/site.yaml:2:");
    }

    @Test
    void aZongzhiHonorEntryNamingSomeoneTheBranchDoesNotKnowIsWarnedAbout() {
        TestSite site = zongzhi("[yishi]").file("branches/yishi/site.yaml", branch("一室党支部"))
                .file("branches/yishi/honors/a.md", """
                        ---
                        title: 一室之星
                        date: 2026-03-01
                        kind: 之星
                        entries:
                          - name: 王伟
                        ---
                        """)
                .file("honors/b.md", """
                        ---
                        title: 总支之星
                        date: 2026-04-01
                        kind: 月度之星
                        entries:
                          - name: 王伟
                            branch: yishi
                          - name: 王为
                            branch: yishi
                        ---
                        """);
        TestSite.Run run = site.build();
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("content/honors/b.md:8:1: warning: 一室党支部（yishi）的活动和光荣榜里没有“王为”")
                .doesNotContain("没有“王伟”");
    }

    @Test
    void anHonorEntrysBranchMustBeOneOfTheZongzhis() {
        TestSite site = zongzhi("[yishi]").file("branches/yishi/site.yaml", branch("一室党支部"))
                .file("honors/b.md", "---\ntitle: 总支之星\ndate: 2026-04-01\nkind: 月度之星\nentries:\n"
                        + "  - name: 王伟\n    branch: ershi\n---\n");
        assertThat(firstError(site.check())).isEqualTo("content/honors/b.md:7:13: error: branch 的值“ershi”"
                + "不是本党总支的支部代号：可以写的有 yishi。");
    }

    @Test
    void oneBranchsErrorLeavesThePreviousSiteAsItWas() throws Exception {
        TestSite site = zongzhi("[yishi, ershi]").file("branches/yishi/site.yaml", branch("一室党支部"))
                .file("branches/ershi/site.yaml", branch("二室党支部"))
                .file("branches/ershi/cases/a.md", "---\ntitle: 二室案例\ndate: 2026-03-01\n---\n正文。\n");
        assertThat(site.build().status()).isZero();
        java.util.Map<String, byte[]> before = site.snapshot();
        site.file("branches/ershi/cases/a.md", "---\ntitle: 二室案例\ndate: 2026-13-01\n---\n正文。\n");
        TestSite.Run run = site.build();
        assertThat(run.status()).isEqualTo(1);
        assertThat(firstError(run)).startsWith("content/branches/ershi/cases/a.md:3:");
        java.util.Map<String, byte[]> after = site.snapshot();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void checksReviewRegisterListsEveryBranchsFiles() throws Exception {
        TestSite site = zongzhi("[yishi]").file("branches/yishi/site.yaml", branch("一室党支部"))
                .file("branches/yishi/cases/a.md", "---\ntitle: 一室案例\ndate: 2026-03-01\nstatus: review\n---\n正文。\n")
                .file("cases/b.md", "---\ntitle: 总支案例\ndate: 2026-03-02\n---\n正文。\n");
        assertThat(site.check().status()).isZero();
        String register = java.nio.file.Files.readString(dir.resolve("review-register.csv"));
        assertThat(register).contains("content/branches/yishi/cases/a.md").contains("content/cases/b.md");
    }

    @Test
    void aTraditionalZongzhiLabelsItsBranchesInTraditional() {
        TestSite site = new TestSite(dir).file("site.yaml", "title: 測試黨總支\nlanguage: zh-TW\nbranches: [lin-shi]\n")
                .file("branches/lin-shi/site.yaml", "title: 臨時黨支部\nlanguage: zh-TW\n"
                        + "temporary: {from: 2026-02-01, until: 2026-03-31}\n")
                .file("branches/lin-shi/cases/a.md", "---\ntitle: 外場試驗\ndate: 2026-03-01\n---\n正文。\n");
        assertThat(site.build("--today", "2026-05-01").status()).isZero();
        assertThat(site.read("index.html")).contains("各支部動態").contains(">已撤銷<").contains("支部對比");
        assertThat(site.read("branches/lin-shi/index.html")).contains("返回測試黨總支");
    }

    @Test
    void checkListsTheScreenNotesOfEveryBranch() {
        TestSite site = zongzhi("[yishi]").file("branches/yishi/site.yaml", branch("一室党支部"))
                .file("branches/yishi/activities/a.md", "---\ntitle: 一室支委会\ndate: 2026-11-10\ntype: 支委会\n---\n研究。\n");
        TestSite.Run run = site.check();
        assertThat(run.out().lines().filter(l -> l.startsWith("  一室党支部：屏幕 default 第 ")))
                .anyMatch(l -> l.contains("（活动）") && l.contains("没有照片"));
    }
}
