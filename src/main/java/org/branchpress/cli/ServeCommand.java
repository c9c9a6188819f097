package org.branchpress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.branchpress.LiveSite;
import org.branchpress.Pipeline;
import org.branchpress.problem.ContentException;
import org.branchpress.problem.PublishException;
import org.branchpress.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: build, serve on a local address, rebuild on every change, reload open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"本机预览：生成网站，在本机地址上提供浏览。",
                "content/ 或 templates/ 里的文件一改动就重新生成，打开的页面自动刷新。"
                        + "内容有错误时列出错误，继续显示上一次成功生成的网站。按 Ctrl+C 结束。"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", converter = PortConverter.class,
            description = "端口（1 到 65535；写 0 时自动选一个空闲端口），默认：${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", converter = HostConverter.class,
            description = "本机的地址，默认只在本机可以访问：${DEFAULT-VALUE}；写 0.0.0.0 时局域网里的其他电脑也能访问。")
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
        // BRANCHPRESS_TIMINGS=1: each stage of each rebuild with its time, for bench/incremental.sh
        Consumer<String> stages = System.getenv("BRANCHPRESS_TIMINGS") == null ? m -> { }
                : m -> err.printf("%.1f ms  %s%n", System.nanoTime() / 1e6 % 1e6, m);
        LiveSite site = new LiveSite(options, stages); // refuses a folder of the user's before serving anything
        List<String> first = build(site, Set.of(), () -> { }, err);
        AtomicReference<PreviewServer> serving = new AtomicReference<>();
        try (PreviewServer server = new PreviewServer(host, port, output, List.of(content, templates),
                (changed, shown) -> {
                    List<String> problems = build(site, changed, shown, err);
                    serving.get().problems(problems); // shown on every page until the next build that works
                    return problems.isEmpty();
                }, err::println)) {
            serving.set(server);
            server.problems(first);
            server.start();
            spec.commandLine().getOut().println("预览地址：http://" + host + ":" + server.port() + "/index.html（按 Ctrl+C 结束）");
            Thread.currentThread().join();
        } catch (BindException e) {
            err.println("错误：无法在 " + host + ":" + port + " 上提供预览：端口已被别的程序占用，请换一个，例如 --port 8081。");
            return Main.CONTENT_ERROR;
        }
        return 0;
    }

    /**
     * An address of this machine, checked while the command line is read: a name that does not
     * resolve or another machine's address would otherwise fail only after the site is built.
     */
    static final class HostConverter implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                InetAddress address = InetAddress.getByName(value);
                if (address.isAnyLocalAddress() || address.isLoopbackAddress()
                        || NetworkInterface.getByInetAddress(address) != null) {
                    return value;
                }
            } catch (UnknownHostException | SocketException e) {
                // said below, as for another machine's address
            }
            throw new CommandLineMistakes.WrongValue("地址“" + value + "”不是这台电脑的地址：请写 127.0.0.1"
                    + "（只在本机可以访问）或 0.0.0.0（局域网里的其他电脑也能访问）。");
        }
    }

    /**
     * Checked while the command line is read, so a wrong port is said before anything is built.
     * 0 asks the system for a free port (the address printed says which).
     */
    static final class PortConverter implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int port;
            try {
                port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > 65535) {
                throw new CommandLineMistakes.WrongValue("端口“" + value + "”不对：端口必须是 1 到 65535 之间的整数，"
                        + "例如 --port 8081（写 0 时自动选一个空闲端口）。");
            }
            return port;
        }
    }

    /**
     * Builds what changed since the last build of this site, telling {@code shown} when its pages
     * are out.
     *
     * @return what stopped the build, one line each as the terminal shows it; empty when it built
     */
    private static List<String> build(LiveSite site, Set<Path> changed, Runnable shown, PrintWriter err) {
        ProblemPrinter printer = new ProblemPrinter(err);
        try {
            Pipeline.Result result = site.build(changed, shown);
            printer.print(result.warnings());
            err.println("已重新生成：" + result.counts().pages() + " 个页面。");
            return List.of();
        } catch (ContentException e) {
            printer.stopped(e.problems(), ProblemPrinter.Stopped.REBUILD);
            return e.problems().stream().filter(p -> p.severity() == org.branchpress.problem.Severity.ERROR)
                    .map(org.branchpress.problem.Problem::format).toList();
        } catch (PublishException e) {
            err.println("错误：" + e.getMessage());
            return List.of("错误：" + e.getMessage());
        }
    }
}
