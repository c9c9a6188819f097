package org.branchpress.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code help [命令]}: picocli's own help command, in Chinese. Its parameter label and
 * descriptions are fixed in English in picocli, so it is written here; an unknown command
 * is the same mistake as {@code branchpress bulid} and gets the same message.
 */
@Command(name = "help", helpCommand = true, description = "显示某个命令的用法（例如 help build）；不写命令时显示全部命令。")
final class HelpCommand implements Runnable, CommandLine.IHelpCommandInitializable2 {
    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "显示这份帮助并退出。")
    boolean help;

    @Parameters(paramLabel = "命令", arity = "0..1", description = "要查看用法的命令。")
    String command;

    private CommandLine self;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme,
            java.io.PrintWriter outWriter, java.io.PrintWriter errWriter) {
        this.self = helpCommandLine;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        if (command == null) {
            parent.usage(parent.getOut());
            return;
        }
        CommandLine subcommand = parent.getSubcommands().get(command);
        if (subcommand == null) {
            throw new CommandLine.UnmatchedArgumentException(parent, java.util.List.of(command));
        }
        subcommand.usage(parent.getOut());
    }
}
