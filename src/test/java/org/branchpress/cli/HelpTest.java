package org.branchpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** {@code --help} is Chinese from the first line to the last, for branchpress and every command. */
class HelpTest {
    /** picocli's English headings and standard descriptions. */
    private static final List<String> BOILERPLATE = List.of("Usage", "Show this help", "Print version", "Commands:",
            "Options:", "Displays help", "Display help", "When no COMMAND", "Exit Codes");
    /** Three English words in a row: a sentence, not a name such as front matter or Word/WPS. */
    private static final String ENGLISH_SENTENCE = "(?s).*\\b[A-Za-z]+ [A-Za-z]+ [A-Za-z]+\\b.*";
    private static final String CHINESE = "(?s).*\\p{IsHan}.*";

    private static List<CommandLine> everyCommand() {
        CommandLine top = new CommandLine(new Main());
        List<CommandLine> all = new ArrayList<>(List.of(top));
        all.addAll(top.getSubcommands().values());
        return all;
    }

    @Test
    void everyCommandsHelpIsInChinese() {
        for (CommandLine command : everyCommand()) {
            List<String> name = new ArrayList<>(List.of(command.getCommandSpec().qualifiedName().split(" ")));
            name.remove(0);
            name.add("--help");
            TestSite.Run run = TestSite.run(name.toArray(String[]::new));
            String help = run.out();
            assertThat(run.status()).as(name.toString()).isZero();
            assertThat(help).as(name.toString()).startsWith("用法：branchpress").doesNotMatch(ENGLISH_SENTENCE);
            BOILERPLATE.forEach(english -> assertThat(help).as(name + " " + english).doesNotContain(english));
        }
    }

    @Test
    void everyOptionAndParameterIsDescribedInChinese() {
        for (CommandLine command : everyCommand()) {
            List<ArgSpec> args = new ArrayList<>(command.getCommandSpec().options());
            args.addAll(command.getCommandSpec().positionalParameters());
            for (ArgSpec arg : args) {
                String description = String.join("\n", arg.description());
                assertThat(description).as(command.getCommandName() + " " + arg.paramLabel()).matches(CHINESE)
                        .doesNotMatch(ENGLISH_SENTENCE);
            }
            assertThat(String.join("\n", command.getCommandSpec().usageMessage().description()))
                    .as(command.getCommandName()).matches(CHINESE).doesNotMatch(ENGLISH_SENTENCE);
        }
    }

    @Test
    void theHelpCommandShowsACommandsHelpAndTheTopLevelOne() {
        assertThat(TestSite.run("help", "build").out()).isEqualTo(TestSite.run("build", "--help").out());
        TestSite.Run top = TestSite.run("help");
        assertThat(top.out()).isEqualTo(TestSite.run("--help").out()).contains("\n命令：\n").contains("\n选项：\n")
                .contains("显示这份帮助并退出。").contains("显示版本号并退出。").contains("\n退出码：\n");
    }
}
