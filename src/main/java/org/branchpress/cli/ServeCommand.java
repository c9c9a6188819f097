package org.branchpress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.branchpress.Pipeline;
import org.branchpress.problem.ContentException;
import org.branchpress.problem.Problem;
import org.branchpress.problem.PublishException;
import org.branchpress.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: build, serve on a local address, rebuild on every change, reload open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"本机预览：生成网站并在本机地址上提供浏览；content/ 或 templates/ 里的文件一改动就重新生成，",
                "打开的页面自动刷新。内容有错误时列出错误，继续显示上一次成功生成的网站。按 Ctrl+C 结束。"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "端口，默认：${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "地址，默认只在本机可以访问：${DEFAULT-VALUE}")
    String host;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site",
            description = "预览网站写到这个文件夹（每次改动后整体替换），默认：${DEFAULT-VALUE}")
    Path output;

    @Mixin
    Today today;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path content = contentOption.existing();
        Path templates = Path.of("templates");
        PrintWriter err = spec.commandLine().getErr();
        Pipeline.Options options = new Pipeline.Options(content, Optional.of(templates).filter(Files::isDirectory),
                output, false, today.day());
        Pipeline.claimOutput(options); // refuse a folder of the user's before serving anything
        if (!build(options, err)) {
            err.println("内容有错误，请先改正上面列出的问题；保存后会自动重新生成。");
        }
        try (PreviewServer server = new PreviewServer(host, port, output, List.of(content, templates),
                () -> build(options, err), err::println)) {
            server.start();
            spec.commandLine().getOut().println("预览地址：http://" + host + ":" + server.port() + "/index.html（按 Ctrl+C 结束）");
            Thread.currentThread().join();
        } catch (BindException e) {
            err.println("错误：无法使用 " + host + ":" + port + "（" + e.getMessage() + "）：端口可能已被占用，请换一个，例如 --port 8081。");
            return Main.CONTENT_ERROR;
        }
        return 0;
    }

    private static boolean build(Pipeline.Options options, PrintWriter err) {
        try {
            Pipeline.Result result = new Pipeline(m -> { }).build(options);
            result.warnings().forEach(p -> err.println(p.format()));
            err.println("已重新生成：" + result.counts().pages() + " 个页面。");
            return true;
        } catch (ContentException e) {
            e.problems().forEach(p -> err.println(p.format()));
            err.println("内容有 " + e.problems().stream().filter(Problem::isError).count() + " 处错误，页面仍显示上一次的网站。");
            return false;
        } catch (PublishException e) {
            err.println("错误：" + e.getMessage());
            return false;
        }
    }
}
