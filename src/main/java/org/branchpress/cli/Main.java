package org.branchpress.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.branchpress.problem.ContentException;
import org.branchpress.problem.Problem;
import org.branchpress.problem.PublishException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. One exception handler maps exception types to the exit codes of
 * COMMANDS.md: 1 for the user's content or settings (never with a stack trace), 2 for a
 * wrong command line, 3 for a bug in branchpress.
 */
@Command(name = "branchpress", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"党支部宣传网站生成器：把 content/ 里的 Markdown 变成内网门户和楼宇电视页面。",
                "Static site generator for a Party branch's publicity work."},
        subcommands = {BuildCommand.class, CheckCommand.class, ImportCommand.class, NewCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        usageHelpAutoWidth = true)
public final class Main implements Runnable {
    static final int CONTENT_ERROR = 1;
    static final int BUG = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (tests call this). */
    public static int run(String... args) {
        // Apache POI logs through log4j-api; without this it complains on stderr that it has no logger.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("org.apache.logging.log4j.level", "OFF");
        CommandLine cli = new CommandLine(new Main());
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine.getErr()));
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli hands only exceptions to the handler; an Error (a stack overflow) is a bug too
            return bug(e, err);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception e, PrintWriter err) {
        if (e instanceof ContentException ce) {
            for (Problem p : ce.problems()) {
                err.println(p.format());
            }
            long errors = ce.problems().stream().filter(Problem::isError).count();
            err.println("构建失败：发现 " + errors + " 处错误，" + (ce.problems().size() - errors)
                    + " 条警告。请按上面的提示修改后重新运行；原来的网站没有改动。");
            return CONTENT_ERROR;
        }
        if (e instanceof PublishException pe) {
            err.println("错误：" + pe.getMessage());
            return CONTENT_ERROR;
        }
        return bug(e, err);
    }

    /** A bug of ours: a plain sentence on the terminal, the details in a file for the maintainers. */
    private static int bug(Throwable e, PrintWriter err) {
        String where;
        try {
            java.nio.file.Path report = java.nio.file.Files.createTempFile("branchpress-error-", ".txt");
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            java.nio.file.Files.writeString(report, trace.toString());
            where = "详细信息已保存到 " + report + "，请把这个文件发给维护人员。";
        } catch (java.io.IOException | RuntimeException cannotWrite) {
            where = "请把下面这一行发给维护人员：" + e;
        }
        err.println("branchpress 内部错误（这是程序的缺陷，不是您的内容有问题）。" + where);
        return BUG;
    }
}
