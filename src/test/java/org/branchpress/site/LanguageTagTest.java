package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case written wholly in the other script is labelled with that script's language. */
class LanguageTagTest {
    @TempDir
    Path dir;

    @Test
    void aTraditionalCaseOnASimplifiedSiteIsZhTw() {
        TestSite site = new TestSite(dir).settings("")
                .file("cases/t.md", "---\ntitle: 黨支部學習\ndate: 2024-01-01\n---\n全體黨員認真學習，紮實推進。\n")
                .file("cases/s.md", "---\ntitle: 党支部学习\ndate: 2024-01-02\n---\n全体党员认真学习。\n");
        assertThat(site.build("--today", "2024-06-01").status()).isZero();
        assertThat(site.read("cases/t/index.html")).contains("<html lang=\"zh-TW\">");
        assertThat(site.read("cases/s/index.html")).contains("<html lang=\"zh-CN\">");
        assertThat(site.read("index.html")).contains("<html lang=\"zh-CN\">");
    }

    @Test
    void aSimplifiedCaseOnATraditionalSiteIsZhCn() {
        TestSite site = new TestSite(dir).settings("language: zh-TW\n")
                .file("cases/s.md", "---\ntitle: 党支部学习\ndate: 2024-01-02\n---\n全体党员认真学习。\n");
        assertThat(site.build("--today", "2024-06-01").status()).isZero();
        assertThat(site.read("cases/s/index.html")).contains("<html lang=\"zh-CN\">");
        assertThat(site.read("index.html")).contains("<html lang=\"zh-TW\">");
    }
}
