package org.branchpress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.branchpress.Pipeline;
import org.branchpress.problem.Problem;
import org.branchpress.review.ReviewRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check}: everything build does except writing; prints every problem. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"检查内容而不生成网站：列出所有错误和警告（文件:行:列: 错误|警告: 说明）。",
                "另外检查正文的写法：中文里的半角标点、大纲编号（一、（一）1.）是否连续、简繁混用、图片缺少替代文字。",
                "有错误时退出码为 1。同时在内容文件夹旁写出审核登记表 review-register.csv"
                        + "（文件、标题、状态、审核人、签发人、日期），可存档备查。"})
public final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    static final String REGISTER = "review-register.csv";

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    ContentOption contentOption;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "输出格式：text（每行一条，便于阅读）或 json（一个数组，便于程序处理）。默认：${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--fix",
            description = "先自动改正正文里紧挨中文的半角标点（, : ; ( ) ? ! 改为 ，：；（）？！），"
                    + "直接改写文件（保留原来的换行符和 BOM；代码、链接、网址、HTML 和 front matter 不动），"
                    + "每改一个文件打印一行，然后照常检查。")
    boolean fix;

    @Option(names = "--branch", paramLabel = "ID",
            description = "只检查党总支的一个支部（branches/ID/ 文件夹，ID 是 site.yaml 的 branches 里的代号），"
                    + "党总支的保密词照样适用；用于快速预览。")
    String branch;

    @picocli.CommandLine.Mixin
    Today today;

    @Override
    public Integer call() {
        Path content = contentOption.existing();
        Pipeline.Options all = new Pipeline.Options(content, Optional.empty(), Path.of("site"), false, today.day());
        Pipeline.Options options = branch == null ? all : all.onlyBranch(branch);
        Pipeline.Checked checked = new Pipeline(m -> { }).check(options, fix ? Pipeline.Lint.FIX : Pipeline.Lint.REPORT);
        boolean unwritten = !reportFixes(checked);
        List<Problem> problems = new java.util.ArrayList<>(checked.problems());
        problems.addAll(checked.lint());
        problems.sort(Problem.ORDER);
        print(problems, checked.lint().size(), checked.screenNotes());
        unwritten |= !writeRegister(checked, content);
        if (unwritten) {
            spec.commandLine().getErr().println("注意：有文件没能写入（见上面的错误），它们原来的内容没有改动。");
        }
        return unwritten || problems.stream().anyMatch(Problem::isError) ? Main.CONTENT_ERROR : 0;
    }

    /**
     * {@code --fix}: one line per changed file, and per file that could not be written.
     * False when a file could not be written (it is left exactly as it was).
     */
    private boolean reportFixes(Pipeline.Checked checked) {
        PrintWriter err = spec.commandLine().getErr();
        checked.fixed().forEach(f -> err.println("已修正 " + f.count() + " 处标点：" + f.file()));
        checked.unfixed().forEach(f -> err.println(f.file() + ":1:1: error: " + f.reason()));
        return checked.unfixed().isEmpty();
    }

    /** The review register goes beside the content folder, never into it (it would be published). */
    private boolean writeRegister(Pipeline.Checked checked, Path content) {
        Path file = content.toAbsolutePath().normalize().resolveSibling(REGISTER);
        try {
            ReviewRegister.write(checked.documents(), file);
            spec.commandLine().getErr().println("审核登记表（" + checked.documents().size() + " 个文件）已写入：" + file);
            return true;
        } catch (IOException e) {
            spec.commandLine().getErr().println("错误：无法写入审核登记表 " + file + "（" + e.getMessage()
                    + "）；原来的登记表没有改动。请检查磁盘空间和写入权限。");
            return false;
        }
    }

    /**
     * @param lintOnly    how many of the warnings are writing hints that build does not list
     * @param screenNotes what the screens' preview wall points out, listed after the problems
     */
    private void print(List<Problem> problems, int lintOnly, List<String> screenNotes) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.problems(problems));
            return;
        }
        ProblemPrinter printer = new ProblemPrinter(out, spec.commandLine().getErr());
        printer.print(problems);
        if (!screenNotes.isEmpty()) {
            out.println("屏幕预览的提示（screen/preview.html 上也标出了这些）：");
            screenNotes.forEach(note -> out.println("  " + note));
        }
        printer.checked(problems, lintOnly);
    }
}
