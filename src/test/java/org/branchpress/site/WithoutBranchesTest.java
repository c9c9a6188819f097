package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder without {@code branches:} builds exactly as it did before a 党总支 could hold
 * branches: the digest below was taken from this site built by commit bf0490b, the last commit
 * on main before the branches work was merged (the first pin, from 37e118d, changed only with the
 * theme work on main in between) with the screen.css of the 总支's branch comparison slide and
 * of two-line names on landscape cards, and
 * the search.js of its filter by branch applied, and today's code gives the same. If it changes, a feature of the 总支 has leaked into single-branch
 * sites, or the theme changed: re-pin only from a build of a commit without the change in question.
 */
class WithoutBranchesTest {
    /** SHA-256 over every output file's path and bytes, in path order, from the build before branches. */
    static final String BEFORE_BRANCHES = "73d057fb8255a1dd88a9f2b18fbff5d5a3382d4266e375bb1c9e08b3bf87869e";

    @TempDir
    Path dir;

    @Test
    void buildsByteForByteAsBeforeBranches() throws Exception {
        TestSite site = WithoutRosterTest.site(new TestSite(dir))
                .file("members.yaml", """
                        members:
                          - {name: 王伟, group: 第一党小组, status: 正式党员}
                          - {name: 李强, group: 第二党小组, status: 正式党员}
                          - {name: 张敏, group: 第二党小组, status: 正式党员}
                          - {name: 赵磊, group: 第一党小组, status: 正式党员}
                        """)
                .file("cases/2026-02-01-gongguan.md", """
                        ---
                        title: 党员突击队攻关记
                        date: 2026-02-01
                        branch: 二部一室党支部
                        ---
                        ## 一、背景
                        攻关。
                        """);
        TestSite.Run run = site.build("--today", "2026-05-01");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(WithoutRosterTest.digest(site.snapshot())).isEqualTo(BEFORE_BRANCHES);
    }
}
