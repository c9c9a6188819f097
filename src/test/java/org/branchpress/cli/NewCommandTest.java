package org.branchpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new} writes a file of each kind that builds as it is, and never overwrites. */
class NewCommandTest {
    @TempDir
    Path dir;

    @Test
    void eachKindGetsAFileThatBuildsAsItIs() throws Exception {
        TestSite site = new TestSite(dir).settings("");
        for (String kind : new String[] {"case", "honor", "activity"}) {
            TestSite.Run run = TestSite.run("new", kind, "“走进英雄营”" + kind, "--content", site.content().toString(),
                    "--today", "2026-11-22");
            assertThat(run.status()).as(run.err()).isZero();
            Path file = Path.of(run.out().strip());
            assertThat(Files.readString(file)).startsWith("---\ntitle: \"“走进英雄营”" + kind + "\"\ndate: 2026-11-22\n");
        }
        assertThat(site.build().status()).isZero();
        assertThat(site.read("index.html")).contains("“走进英雄营”case").contains("“走进英雄营”activity");
        TestSite.Run again = TestSite.run("new", "case", "“走进英雄营”case", "--content", site.content().toString(),
                "--today", "2026-11-22");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("文件已经存在");
        assertThat(TestSite.run("new", "poster", "x", "--content", site.content().toString()).status()).isEqualTo(2);
    }
}
