package org.branchpress.branches;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.branchpress.LiveSite;
import org.branchpress.Pipeline;
import org.branchpress.TestSite;
import org.branchpress.site.LinkCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's rebuild of a 党总支 publishes every branch's portal with the 总支's, as build does. */
class ZongzhiServeTest {
    @TempDir
    Path dir;

    @Test
    void serveWritesEveryBranch() throws Exception {
        TestSite site = new TestSite(dir).file("site.yaml", "title: 测试党总支\nbranches: [yishi]\n")
                .file("branches/yishi/site.yaml", "title: 一室党支部\n")
                .file("branches/yishi/cases/a.md", "---\ntitle: 一室案例\ndate: 2026-03-01\n---\n正文。\n");
        Pipeline.Options options = new Pipeline.Options(site.content(), Optional.empty(), site.output(), false,
                LocalDate.parse("2026-05-01"));
        new LiveSite(options, m -> { }).build(() -> { });
        assertThat(Files.readString(site.output().resolve("branches/yishi/cases/a/index.html"))).contains("一室案例");
        assertThat(site.read("index.html")).contains("branches/yishi/cases/a/index.html");
        assertThat(LinkCheck.brokenLinks(site.output())).isEmpty();
    }
}
