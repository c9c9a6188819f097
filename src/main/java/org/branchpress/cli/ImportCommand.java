package org.branchpress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.branchpress.importer.Importer;
import org.branchpress.problem.Problem;
import org.branchpress.problem.Severity;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import}: drafts (.docx, .txt, .md, .html) → case write-ups under content/cases/. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"导入文章：把 Word/WPS 文稿（.docx）、文本（.txt、.md）或保存的网页（.html）转成典型案例。",
                "写到 content/cases/<日期>-<名称>.md，并打印写出的路径。识别标题、日期、来源和“一、（一）1.”层级，"
                        + "去掉网页里的导航、分享、相关新闻等内容；图片复制到 content/media/imported/。"})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "要导入的文件，可以一次写多个。")
    List<Path> files;

    @picocli.CommandLine.Mixin
    ContentOption contentOption;

    @Option(names = "--force", description = "目标文件已存在时覆盖它（默认不覆盖）。")
    boolean force;

    @ArgGroup(exclusive = true)
    ScriptChoice script = new ScriptChoice();

    @Mixin
    Today today;

    static final class ScriptChoice {
        @Option(names = "--simplified", description = "转成简体字（OpenCC）。")
        boolean simplified;

        @Option(names = "--traditional", description = "转成繁体字（OpenCC）。")
        boolean traditional;

        Importer.Script value() {
            return simplified ? Importer.Script.SIMPLIFIED : traditional ? Importer.Script.TRADITIONAL
                    : Importer.Script.AS_IS;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path content = contentOption.existing();
        Importer importer = new Importer(content, force, script.value(), today.day());
        ProblemPrinter printer = new ProblemPrinter(err);
        int failed = 0;
        for (Path file : files) {
            try {
                Importer.Result result = importer.importFile(file);
                out.println(result.written());
                for (Importer.Warning w : result.warnings()) {
                    printer.print(new Problem(file.toString(), w.line(), w.column(), Severity.WARNING, "import/draft",
                            w.message()));
                }
                // a Word draft has no lines: its warnings name their place in it (第 12 段, 第 2 个表格…)
                result.draft().warnings().forEach(w -> printer.warningWithoutLine(file.toString(), w));
                if (result.dateGuessed()) {
                    printer.print(new Problem(result.written().toString(), 3, 7, Severity.WARNING, "import/date",
                            "原文里没有找到日期，已先填上今天（" + today.day() + "）：请改成文章的实际日期。"));
                }
            } catch (Importer.ImportException e) {
                printer.print(new Problem(file.toString(), 1, 1, Severity.ERROR, "import/refused", e.getMessage()));
                failed++;
            }
        }
        if (failed > 0 && files.size() > 1) {
            printer.imported(files.size() - failed, failed);
        }
        return failed == 0 ? ExitStatus.OK : ExitStatus.CONTENT;
    }
}
