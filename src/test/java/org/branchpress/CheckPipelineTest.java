package org.branchpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.branchpress.problem.Problem;
import org.branchpress.settings.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} is the build's stages with a lint and a fix at stage 4: one parse per body. */
class CheckPipelineTest {
    @TempDir
    Path dir;

    private final List<String> parsed = Collections.synchronizedList(new ArrayList<>());

    private Pipeline.Checked check(TestSite site, Pipeline.Lint lint) {
        Pipeline.Options options = new Pipeline.Options(site.content(), Optional.empty(), site.output(), false,
                LocalDate.of(2024, 6, 1));
        return new Pipeline(m -> { }, parsed::add).check(options, lint);
    }

    private TestSite site() {
        return new TestSite(dir).settings("language: zh-TW\n")
                .file("cases/a.md", "---\ntitle: 甲\ndate: 2024-01-01\n---\n黨員,幹部都來了!\n\n(一)說明\n")
                .file("cases/b.md", "---\ntitle: 乙\ndate: 2024-01-02\n---\n沒有要改的。\n")
                .file("cases/draft.md", "---\ntitle: 草稿\ndate: 2024-01-03\ndraft: true\n---\n草稿,也檢查\n")
                .file("pages/about.md", "---\ntitle: 關於\n---\n![](../media/x.jpg)\n")
                .bytes("media/x.jpg", new byte[] {1});
    }

    @Test
    void checkFixParsesEveryBodyExactlyOnceAndReportsOnlyWhatIsLeft() throws IOException {
        TestSite site = site();
        Pipeline.Checked checked = check(site, Pipeline.Lint.FIX);
        assertThat(parsed).containsExactlyInAnyOrder("content/cases/a.md", "content/cases/b.md",
                "content/cases/draft.md", "content/pages/about.md");
        assertThat(checked.fixed()).extracting(f -> f.file() + " " + f.count())
                .containsExactly("content/cases/a.md 4", "content/cases/draft.md 1");
        assertThat(Files.readString(site.content().resolve("cases/a.md")))
                .isEqualTo("---\ntitle: 甲\ndate: 2024-01-01\n---\n黨員，幹部都來了！\n\n（一）說明\n");
        assertThat(checked.lint()).extracting(Problem::format).containsExactly(
                "content/pages/about.md:4:1: warning: 图片缺少替代文字：请在 ![ ] 的方括号里写上图片内容的简短说明，"
                        + "如 ![支部党员在军事博物馆合影](media/…)；读屏软件会读出它，图片显示不出来时也会显示它。");
    }

    @Test
    void afterAFixTheWarningsAreThoseOfOneCheckOfTheFixedFiles() {
        TestSite site = site();
        List<Problem> afterFix = check(site, Pipeline.Lint.FIX).lint();
        parsed.clear();
        Pipeline.Checked again = check(site, Pipeline.Lint.REPORT);
        assertThat(again.fixed()).isEmpty();
        assertThat(again.lint()).isEqualTo(afterFix);
        assertThat(parsed).hasSize(4);
    }

    @Test
    void theCheckCarriesTheSettingsItReadAndBuildsStagesDoNotLint() {
        TestSite site = site();
        Pipeline.Checked checked = check(site, Pipeline.Lint.NONE);
        assertThat(checked.settings().language()).isEqualTo(Language.ZH_TW);
        assertThat(checked.lint()).isEmpty();
        assertThat(checked.documents()).hasSize(4);
        assertThat(parsed).as("only published bodies are parsed for a build")
                .containsExactlyInAnyOrder("content/cases/a.md", "content/cases/b.md", "content/pages/about.md");
    }

    @Test
    void aFileSavedAgainWhileTheCheckRunsIsNotOverwrittenByTheFix() throws IOException {
        TestSite site = site();
        Path a = site.content().resolve("cases/a.md");
        String saved = "---\ntitle: 甲\ndate: 2024-01-01\n---\n剛剛又改過,還沒保存完的新內容\n";
        Pipeline.Options options = new Pipeline.Options(site.content(), Optional.empty(), site.output(), false,
                LocalDate.of(2024, 6, 1));
        // the officer saves a.md from the editor after the check has read it
        Pipeline.Checked checked = new Pipeline(m -> { }, file -> {
            if (file.equals("content/cases/a.md")) {
                try {
                    Files.writeString(a, saved);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }).check(options, Pipeline.Lint.FIX);
        assertThat(Files.readString(a)).isEqualTo(saved);
        assertThat(checked.unfixed()).extracting(Pipeline.Unfixed::file).containsExactly("content/cases/a.md");
        assertThat(checked.unfixed().get(0).reason()).contains("检查期间又被保存过").contains("重新运行 check --fix");
        assertThat(checked.fixed()).extracting(Pipeline.Fixed::file).containsExactly("content/cases/draft.md");
    }
}
