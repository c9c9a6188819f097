package org.branchpress.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.branchpress.problem.ContentException;
import org.branchpress.problem.PublishException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. Every edge speaks Chinese and maps to the exit statuses of COMMANDS.md
 * ({@link ExitStatus}): a mistake on the command line is put in words by {@link CommandLineMistakes}
 * (2), the user's content by {@link ProblemPrinter} (1, never with a stack trace), and anything
 * else is a bug of ours (3), its details in a file for the maintainers.
 */
@Command(name = "branchpress", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = "org.branchpress.cli.Messages", synopsisSubcommandLabel = "[命令]",
        description = "党支部宣传网站生成器：把 content/ 里的 Markdown 变成内网门户和楼宇电视页面。",
        subcommands = {BuildCommand.class, CheckCommand.class, ImportCommand.class, NewCommand.class, ServeCommand.class,
                PrintCommand.class,
                HelpCommand.class},
        usageHelpAutoWidth = true)
public final class Main implements Runnable {
    /** For the commands that compute their own status. */
    static final int CONTENT_ERROR = ExitStatus.CONTENT;

    private static final ExitStatus EXIT_STATUS = new ExitStatus();

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
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(new CommandLineMistakes());
        cli.setExitCodeExceptionMapper(EXIT_STATUS);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine));
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli hands only exceptions to the handler; an Error (a stack overflow) is a bug too
            bug(e, err);
            return EXIT_STATUS.getExitCode(e);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What the user reads when a command threw, and its exit status (tests call this). */
    static int handle(Exception e, CommandLine command) {
        PrintWriter err = command.getErr();
        if (e instanceof ContentException ce) {
            new ProblemPrinter(err).stopped(ce.problems(), ProblemPrinter.Stopped.command(command.getCommandName()));
        } else if (e instanceof PublishException pe) {
            err.println("错误：" + pe.getMessage());
        } else {
            bug(e, err);
        }
        return EXIT_STATUS.getExitCode(e);
    }

    /** A bug of ours: a plain sentence on the terminal, the details in a file for the maintainers. */
    private static void bug(Throwable e, PrintWriter err) {
        String where;
        try {
            Path report = Files.createTempFile("branchpress-error-", ".txt");
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Files.writeString(report, trace.toString());
            where = "详细信息已保存到 " + report + "，请把这个文件发给维护人员。";
        } catch (IOException | RuntimeException cannotWrite) {
            where = "请把下面这一行发给维护人员：" + e;
        }
        err.println("branchpress 内部错误（这是程序的缺陷，不是您的内容有问题）。" + where);
    }
}
