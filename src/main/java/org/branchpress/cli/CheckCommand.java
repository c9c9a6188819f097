package org.branchpress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.branchpress.Pipeline;
import org.branchpress.problem.ContentException;
import org.branchpress.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check}: everything build does except writing; prints every problem. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"检查内容而不生成网站：列出所有错误和警告（文件:行:列: 错误|警告: 说明）。",
                "有错误时退出码为 1。"})
public final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "内容文件夹，默认：${DEFAULT-VALUE}")
    Path content;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "输出格式：text（每行一条，便于阅读）或 json（一个数组，便于程序处理）。默认：${DEFAULT-VALUE}")
    Format format;

    @Override
    public Integer call() {
        CliChecks.requireContentFolder(content);
        List<Problem> problems;
        try {
            problems = new Pipeline(m -> { }).check(new Pipeline.Options(content, Optional.empty(), Path.of("site"),
                    false)).problems();
        } catch (ContentException e) {
            problems = e.problems();
        }
        print(problems);
        return problems.stream().anyMatch(Problem::isError) ? Main.CONTENT_ERROR : 0;
    }

    private void print(List<Problem> problems) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.problems(problems));
            return;
        }
        problems.forEach(p -> out.println(p.format()));
        long errors = problems.stream().filter(Problem::isError).count();
        spec.commandLine().getErr().println(errors == 0 && problems.isEmpty() ? "检查完成：没有发现问题。"
                : "检查完成：" + errors + " 处错误，" + (problems.size() - errors) + " 条警告。");
    }
}
