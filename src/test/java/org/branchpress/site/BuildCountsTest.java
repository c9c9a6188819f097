package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.branchpress.Pipeline;
import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's summary line prints the typed counts the output formats return: the portal's
 * pages (not the screens', feeds' or search index's files) and the published items per kind.
 */
class BuildCountsTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "完成：(\\d+) 个页面（案例 (\\d+)，光荣榜 (\\d+)，活动 (\\d+)，人员 (\\d+)(?:，通知 (\\d+))?）");

    @TempDir
    Path dir;

    @Test
    void theSummaryCountsThePortalsPagesAndEachKind() throws IOException {
        TestSite site = new TestSite(dir).settings("page_size: 2\n")
                .file("cases/c1.md", "---\ntitle: 案例一\ndate: 2024-03-01\n---\n正文。\n")
                .file("cases/c2.md", "---\ntitle: 案例二\ndate: 2024-03-02\n---\n正文。\n")
                .file("cases/c3.md", "---\ntitle: 案例三\ndate: 2024-03-03\n---\n正文。\n")
                .file("honors/h.md", "---\ntitle: 光荣榜\ndate: 2024-03-04\nkind: 党员之星\nentries: [{name: 王伟}]\n---\n")
                .file("activities/a.md", "---\ntitle: 党课\ndate: 2024-03-05\ntype: 党课\nattendees: [李娜, 张敏]\n---\n纪要。\n")
                .file("pages/about.md", "---\ntitle: 支部简介\n---\n简介。\n")
                .file("notices/n.md", "---\ntitle: 停电通知\nshow_from: 2024-05-30\nshow_until: 2024-06-02\n---\n周六停电。\n");
        TestSite.Run run = site.build("--today", "2024-06-01");
        assertThat(run.status()).as(run.err()).isZero();
        Matcher m = SUMMARY.matcher(run.err());
        assertThat(m.find()).as(run.err()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).as("portal pages").isEqualTo(portalPages(site.output()));
        assertThat(m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5) + " " + m.group(6))
                .isEqualTo("3 1 1 3 1");

        Pipeline.Counts counts = new Pipeline(stage -> { }).build(new Pipeline.Options(site.content(), Optional.empty(),
                site.output(), false, LocalDate.of(2024, 6, 1))).counts();
        assertThat(counts.pages()).isEqualTo(portalPages(site.output()));
        assertThat(counts.screenFiles()).as("the screens are a format of their own").isEqualTo(screenFiles(site.output()))
                .isPositive();
        assertThat(List.of(counts.cases(), counts.honors(), counts.activities(), counts.people(), counts.notices()))
                .containsExactly(3, 1, 1, 3, 1);
    }

    private static long screenFiles(Path output) throws IOException {
        try (Stream<Path> walk = Files.walk(output.resolve("screen"))) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    /** Every HTML page but the screens': cases' two list pages, items, people, tags, 404 … */
    private static long portalPages(Path output) throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !output.relativize(p).startsWith("screen")).count();
        }
    }
}
