package org.branchpress.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.branchpress.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code build}: content/ → a new site/, swapped in only when complete. */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"生成网站：读取内容文件夹，检查全部内容，生成完整的新网站后再替换旧网站。",
                "有错误时列出每一处错误（文件:行:列），退出码为 1，旧网站保持不变。"})
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    ContentOption contentOption;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "自定义模板文件夹：其中的文件替换内置主题中同名的文件；文件夹不存在时只用内置主题。默认：${DEFAULT-VALUE}")
    Path templates;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site",
            description = "输出文件夹：生成完成后整体替换，可直接复制到任何网页服务器或 U 盘。默认：${DEFAULT-VALUE}")
    Path output;

    @Option(names = "--force", description = "输出文件夹里已有不是 branchpress 生成的文件时，仍然写入："
            + "原有文件夹会改名保存在旁边（文件夹名后加 .bak-日期时间），不会删除。")
    boolean force;

    @Option(names = "--drafts", description = "同时发布草稿（draft: true）和未签发的内容，用于预览，不要用于正式发布。")
    boolean drafts;

    @Option(names = "--no-cache", description = "不使用缓存：即使内容没有变化也完整地重新生成"
            + "（缓存在输出文件夹旁边的 .branchpress-cache 文件夹里，可以随时删除）。")
    boolean noCache;

    @Option(names = "--branch", paramLabel = "ID",
            description = "只生成党总支的一个支部（branches/ID/ 文件夹，ID 是 site.yaml 的 branches 里的代号），"
                    + "党总支的保密词照样适用；用于快速预览，生成的是这个支部单独的网站。")
    String branch;

    @picocli.CommandLine.Mixin
    Today today;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err);
        Path content = contentOption.existing();
        Pipeline.Result result;
        Pipeline.Options options = new Pipeline.Options(content, Optional.of(templates).filter(Files::isDirectory),
                output, drafts, today.day(), force, !noCache);
        try {
            result = new Pipeline(progress::stage).build(branch == null ? options : options.onlyBranch(branch));
        } finally {
            progress.done();
        }
        new ProblemPrinter(err).print(result.warnings());
        result.keptAside().ifPresent(p -> err.println("注意：“" + output + "”里原有的文件已改名保存到 " + p + "。"));
        Path index = output.resolve("index.html");
        Pipeline.Counts counts = result.counts();
        String notices = counts.notices() > 0 ? "，通知 " + counts.notices() : "";
        err.println(String.format("完成：%d 个页面（案例 %d，光荣榜 %d，活动 %d，人员 %d%s）%s，共 %d 个文件，%d 条警告（写法提示请运行 check 查看），用时 %s。",
                counts.pages(), counts.cases(), counts.honors(), counts.activities(), counts.people(), notices,
                counts.photos().summary(), result.files(),
                result.warnings().stream().filter(p -> !p.isError()).count(), progress.elapsed()));
        spec.commandLine().getOut().println("网站已生成：用浏览器打开 " + index.toAbsolutePath().normalize().toUri());
        return 0;
    }
}
