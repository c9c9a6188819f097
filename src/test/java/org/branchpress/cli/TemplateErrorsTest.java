package org.branchpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in a template of the user's templates folder is said in Chinese: the template, its
 * line and column, the expression, and the two ways out (fix it, or delete it for the built-in one).
 */
class TemplateErrorsTest {
    private static final String WAYS_OUT = "请改正 templates/404.ftlh（可对照内置主题里的同名模板），或者删掉这个文件，改用内置模板。";

    @TempDir
    Path dir;

    private String firstError(String template) throws Exception {
        TestSite site = new TestSite(dir).settings("");
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/404.ftlh"), template);
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("内部错误")
                .doesNotContain("evaluated to null").doesNotContain("Encountered").doesNotContain("Unexpected end")
                .contains("构建失败：");
        return run.firstError();
    }

    @Test
    void aMissingValueIsNamedWithWhereAndHow() throws Exception {
        assertThat(firstError("<p>\n  ${nosuchthing.x}</p>\n")).isEqualTo("templates/404.ftlh:2:5: error: "
                + "模板 404.ftlh 第 2 行第 5 列：“nosuchthing”没有值：可能是名字写错了，或者这一项本来就可以为空"
                + "（那样请写成 ${nosuchthing!} 或用 <#if nosuchthing??> 判断）。" + WAYS_OUT);
    }

    @Test
    void aMisspelledFieldOfTheModelIsNamedWhole() throws Exception {
        assertThat(firstError("<h1>${l.notFund}</h1>")).startsWith(
                "templates/404.ftlh:1:7: error: 模板 404.ftlh 第 1 行第 7 列：“l.notFund”没有值：");
    }

    @Test
    void anUnclosedDirectiveIsASyntaxErrorInChinese() throws Exception {
        assertThat(firstError("<p>\n<#if l.notFound??>\n</p>\n")).isEqualTo("templates/404.ftlh:3:5: error: "
                + "模板 404.ftlh 第 3 行第 5 列：<#if> 没有对应的结束标签 </#if>，模板到这里就结束了。" + WAYS_OUT);
    }

    @Test
    void anIncompleteExpressionIsASyntaxErrorInChinese() throws Exception {
        assertThat(firstError("<p>${l.notFound + }</p>")).isEqualTo("templates/404.ftlh:1:19: error: "
                + "模板 404.ftlh 第 1 行第 19 列：语法错误：“}”出现在这里不对，前面的表达式或标签没有写完整。" + WAYS_OUT);
    }

    @Test
    void aValueOfTheWrongKindSaysWhatWasExpected() throws Exception {
        assertThat(firstError("<#list l.notFound as x>${x}</#list>")).startsWith(
                "templates/404.ftlh:1:8: error: 模板 404.ftlh 第 1 行第 8 列：“l.notFound”的类型不对：这里要的是列表。");
    }
}
