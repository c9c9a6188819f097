package org.branchpress.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchpress.lint.LintRun.FRONT;
import static org.branchpress.lint.LintRun.lines;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MixedScriptTest {
    private static final String FILE = "content/cases/a.md";

    @TempDir
    Path dir;

    private TestSite.Run check(String language, String body) {
        return new TestSite(dir).settings("language: " + language + "\n").file("cases/a.md", FRONT + body).check();
    }

    @Test
    void traditionalCharactersOnASimplifiedSite() {
        TestSite.Run run = check("zh-CN", "支部组织学习。\n\n全體黨員認真學習。\n");
        assertThat(run.status()).isZero();
        assertThat(lines(run, FILE)).containsExactly("content/cases/a.md:7:2: warning: 本文件简繁混用："
                + "发现 6 个繁体字（如“體”“黨”“員”）和 4 个简体字，站点语言为简体（zh-CN）；"
                + "请把繁体字统一改为简体，如 “體”→“体”，“黨”→“党”，“員”→“员”。");
    }

    @Test
    void simplifiedCharactersOnATraditionalSite() {
        TestSite.Run run = check("zh-TW", "全體黨員認真學習。\n\n支部组织学习。\n");
        assertThat(lines(run, FILE)).containsExactly("content/cases/a.md:7:3: warning: 本文件简繁混用："
                + "发现 4 个简体字（如“组”“织”“学”）和 6 个繁体字，站点语言为繁体（zh-TW）；"
                + "请把简体字统一改为繁体，如 “组”→“組”，“织”→“織”，“学”→“學”。");
    }

    @Test
    void aFileWhollyInTheOtherScriptIsReportedAsSuch() {
        assertThat(lines(check("zh-CN", "中國航天科工二院二部一室黨支部成立於1990年，瞄准型號研制，干事創業，扎實推進。\n"),
                FILE)).containsExactly("content/cases/a.md:5:2: warning: 本文件用繁体字写成（8 个繁体字），站点语言为简体（zh-CN）："
                + "请用 import --simplified 转为简体，或确认这篇就是要用繁体发布。");
        assertThat(lines(check("zh-TW", "支部党员认真学习，扎实推进。\n"), FILE)).containsExactly(
                "content/cases/a.md:5:4: warning: 本文件用简体字写成（6 个简体字），站点语言为繁体（zh-TW）："
                        + "请用 import --traditional 转为繁体，或确认这篇就是要用简体发布。");
    }

    @Test
    void aHalfWidthColonInTheTitleIsReportedAtTheTitleLine() {
        TestSite.Run run = new TestSite(dir).settings("").file("cases/a.md",
                "---\ntitle: 学习贯彻:全会精神\ndate: 2024-01-01\n---\n正文。\n").check();
        assertThat(lines(run, FILE)).containsExactly("content/cases/a.md:2:12: warning: 标题里用了半角冒号“:”："
                + "请改为全角“：”。");
    }

    @Test
    void codeAndAddressesDoNotCount() {
        assertThat(lines(check("zh-CN", "支部组织学习，命令是 `黨員學習`。\n"), FILE)).isEmpty();
    }

    @Test
    void charactersBothScriptsWriteAlikeAreNotSimplified() {
        assertThat(lines(check("zh-TW", "了解台灣後面的公里和群峰，乾淨。\n"), FILE)).isEmpty();
    }
}
