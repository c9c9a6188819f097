package org.branchpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.branchpress.TestSite;
import org.branchpress.problem.ContentException;
import org.branchpress.problem.Problem;
import org.branchpress.problem.PublishException;
import org.branchpress.problem.Severity;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The exit statuses of COMMANDS.md: 0 ok, 1 content, 2 command line, 3 a bug of ours. */
class ExitStatusTest {
    private final StringWriter err = new StringWriter();

    private CommandLine command(String name) {
        CommandLine top = new CommandLine(new Main());
        CommandLine command = top.getSubcommands().get(name);
        command.setErr(new PrintWriter(err, true));
        return command;
    }

    @Test
    void eachKindOfFailureHasItsStatus() {
        ExitStatus status = new ExitStatus();
        assertThat(status.getExitCode(new ContentException(List.of()))).isEqualTo(1);
        assertThat(status.getExitCode(new PublishException("磁盘已满", null))).isEqualTo(1);
        assertThat(status.getExitCode(new CommandLine.ParameterException(new CommandLine(new Main()), "x"))).isEqualTo(2);
        assertThat(status.getExitCode(new IllegalStateException())).isEqualTo(3);
        assertThat(status.getExitCode(new StackOverflowError())).isEqualTo(3);
    }

    @Test
    void aBugIsOneSentenceAndItsDetailsGoToAFile() throws Exception {
        int status = Main.handle(new IllegalStateException("built-in template failed"), command("build"));
        assertThat(status).isEqualTo(3);
        assertThat(err.toString()).startsWith("branchpress 内部错误（这是程序的缺陷，不是您的内容有问题）。")
                .doesNotContain("\tat ").doesNotContain("IllegalStateException").hasLineCount(1);
        Matcher report = Pattern.compile("详细信息已保存到 (\\S+\\.txt)，").matcher(err.toString());
        assertThat(report.find()).isTrue();
        Path file = Path.of(report.group(1));
        assertThat(Files.readString(file)).startsWith("java.lang.IllegalStateException: built-in template failed")
                .contains("\tat ");
        Files.delete(file);
    }

    @Test
    void aContentProblemIsStatusOneWithTheCommandsSummary() {
        Problem p = new Problem("content/cases/a.md", 2, 1, Severity.ERROR, "x", "缺少 date。");
        assertThat(Main.handle(new ContentException(List.of(p)), command("import"))).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("content/cases/a.md:2:1: error: 缺少 date。\n"
                + "没有导入：发现 1 处错误，0 条警告。请按上面的提示修改后重新运行；没有写入任何文件。\n");
    }

    @Test
    void aFailureToPublishIsStatusOne() {
        assertThat(Main.handle(new PublishException("写入网站文件时出错。", null), command("build"))).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("错误：写入网站文件时出错。\n");
    }

    @Test
    void helpAndVersionAreStatusZero() {
        assertThat(TestSite.run("--version").status()).isZero();
        assertThat(TestSite.run("build", "--help").status()).isZero();
        assertThat(TestSite.run().status()).isZero();
    }
}
