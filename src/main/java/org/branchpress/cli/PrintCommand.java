package org.branchpress.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.branchpress.Pipeline;
import org.branchpress.PrintJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code print poster|brochure|notice}: PDF files for the print shop, the notice board and WeChat. */
@Command(name = "print", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"印制 PDF（中文字体嵌入文件，在哪台电脑、哪家印刷店打开都一样）：",
                "  poster FILE 或 poster --kind 奖项   一期光荣榜印成一张海报（A4/A3，竖版/横版），另存一张 150 dpi 的 PNG 发微信群；",
                "  brochure --year 2025              年度画册：封面、目录、案例、光荣榜、活动风采、“三会一课”统计，页码齐全，"
                        + "每章从单数页开始，可双面印刷；",
                "  notice --year 2025 [--target 名称]  公示：党员目标完成情况（site.yaml 的 targets:），"
                        + "没有目标时为全年参加组织生活情况，落款为支部和日期。",
                "只印已发布的内容：草稿、未签发和没有通过保密审查的不印；privacy 设置同样适用。",
                "例如：A3 海报 print poster 光荣榜文件 --size A3；画册 print brochure --year 2025。"})
public final class PrintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "poster|brochure|notice", description = "要印制的：海报、画册或公示。")
    String what;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "海报：光荣榜文件，例如 honors/2025-niandu.md。")
    String file;

    @Option(names = "--kind", paramLabel = "奖项", description = "海报：印这个奖项（光荣榜的 kind:）最新的一期，例如 --kind 月度之星。")
    String kind;

    @Option(names = "--size", paramLabel = "A4|A3", defaultValue = "A4", description = "海报的纸张：A4 或 A3，默认：${DEFAULT-VALUE}")
    String size;

    @Option(names = "--landscape", description = "海报横版（默认竖版）。")
    boolean landscape;

    @Option(names = "--year", paramLabel = "YYYY", description = "画册和公示：哪一年，例如 --year 2025。")
    Integer year;

    @Option(names = "--target", paramLabel = "名称", description = "公示：只印这一个目标（site.yaml 的 targets: 里的 name），默认每个目标各印一份。")
    String target;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "自定义模板文件夹：其中的 print/ 里的文件替换内置的印刷模板。默认：${DEFAULT-VALUE}")
    Path templates;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "print",
            description = "印刷品文件夹（不能是内容文件夹或网站文件夹），默认：${DEFAULT-VALUE}")
    Path output;

    @Option(names = "--font", paramLabel = "FILE", description = "嵌入的中文字体（TrueType .ttf 或 .ttc），"
            + "默认自动查找：Windows 的微软雅黑、黑体、宋体，Debian 的文泉驿正黑（fonts-wqy-zenhei）等。")
    Path font;

    @Option(names = "--force", description = "输出文件夹里已有别的文件时仍然写入（只写这次印制的文件，不删除任何文件）。")
    boolean force;

    @Mixin
    Today today;

    @Override
    public Integer call() {
        Optional<PrintJob> job = job();
        if (job.isEmpty()) {
            return ExitStatus.USAGE;
        }
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err);
        Path content = contentOption.existing();
        Pipeline.Printed written;
        try {
            written = new Pipeline(progress::stage).print(new Pipeline.Options(content,
                    Optional.of(templates).filter(Files::isDirectory), output, false, today.day(), force),
                    job.get(), Optional.ofNullable(font));
        } finally {
            progress.done();
        }
        new ProblemPrinter(err).print(written.warnings());
        written.files().forEach(p -> spec.commandLine().getOut().println("已印制：" + p));
        return ExitStatus.OK;
    }

    /** The job the arguments describe, or empty after saying in Chinese what is wrong with them. */
    private Optional<PrintJob> job() {
        switch (what) {
            case "poster" -> {
                if ((file == null) == (kind == null)) {
                    return mistake(file == null ? "海报要指定印哪一期光荣榜：写光荣榜文件（print poster honors/2025-niandu.md），"
                            + "或用 --kind 写奖项名（print poster --kind 月度之星）。"
                            : "光荣榜文件和 --kind 只能写一个：请删掉其中一个。");
                }
                if (!size.equals("A4") && !size.equals("A3")) {
                    return mistake("--size 后面的“" + size + "”不对：只能是 A4 或 A3。");
                }
                if (year != null || target != null) {
                    return mistake("海报不用 " + (year != null ? "--year" : "--target") + "：请删掉它，用光荣榜文件或 --kind 选择榜单。");
                }
                return Optional.of(new PrintJob.Poster(Optional.ofNullable(file), Optional.ofNullable(kind),
                        size.equals("A3"), landscape));
            }
            case "brochure", "notice" -> {
                String name = what.equals("brochure") ? "画册" : "公示";
                if (year == null) {
                    return mistake(name + "要指定年份：请加上 --year，例如 print " + what + " --year 2025。");
                }
                if (file != null || kind != null || landscape || !size.equals("A4")) {
                    return mistake(name + "只用 --year" + (what.equals("notice") ? " 和 --target" : "")
                            + "：文件、--kind、--size 和 --landscape 只用于海报，请删掉。");
                }
                if (target != null && what.equals("brochure")) {
                    return mistake("--target 只用于公示（print notice）：请删掉它。");
                }
                return Optional.of(what.equals("brochure") ? new PrintJob.Brochure(year)
                        : new PrintJob.Notice(year, Optional.ofNullable(target)));
            }
            default -> {
                return mistake("没有“" + what + "”这种印刷品：只能是 poster（海报）、brochure（画册）或 notice（公示）。"
                        + org.branchpress.yaml.KeySuggestion.closest(what, List.of("poster", "brochure", "notice"))
                        .map(b -> "是不是 " + b + "？").orElse(""));
            }
        }
    }

    private Optional<PrintJob> mistake(String sentence) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("错误：" + sentence);
        err.println("运行 branchpress print --help 查看用法。");
        err.flush();
        return Optional.empty();
    }
}
