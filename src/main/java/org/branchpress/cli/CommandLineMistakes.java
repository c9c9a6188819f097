package org.branchpress.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.branchpress.yaml.KeySuggestion;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Every mistake on the command line, in Chinese: what is wrong and how to write it instead,
 * then where the usage is; exit status 2. picocli's own English messages are never shown:
 * each of its exception types is read for the facts (the option, the value) and put in words here.
 */
final class CommandLineMistakes implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine where = e.getCommandLine();
        PrintWriter err = where.getErr();
        err.println("错误：" + sentence(e, args));
        if (isUnknownCommand(e)) {
            CommandLine.Help help = where.getHelp();
            err.print(help.commandListHeading().stripLeading() + help.commandList());
        }
        err.println("运行 " + where.getCommandSpec().qualifiedName() + " --help 查看用法。");
        err.flush();
        return ExitStatus.USAGE;
    }

    private static String sentence(ParameterException e, String[] args) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return unmatched(spec, u);
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return missing(spec, m.getMissing());
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return name(o.getOverwritten()) + " 只能写一次，这里写了不止一次：请删掉多余的那个。";
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            return exclusive(spec, args);
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return wrongValue(e.getArgSpec(), e.getValue(), e.getCause());
        }
        return "这条命令看不懂：“" + String.join(" ", args) + "”。请对照下面提示的用法重写。";
    }

    private static boolean isUnknownCommand(ParameterException e) {
        return e instanceof CommandLine.UnmatchedArgumentException u && !u.isUnknownOption()
                && !e.getCommandLine().getSubcommands().isEmpty();
    }

    private static String unmatched(CommandSpec spec, CommandLine.UnmatchedArgumentException u) {
        List<String> unmatched = u.getUnmatched();
        Optional<String> option = unmatched.stream().filter(a -> a.startsWith("-")).findFirst();
        if (option.isPresent()) {
            String name = option.get().split("=", 2)[0];
            // long names only: one letter away from "-x" is every short option
            List<String> names = spec.options().stream().flatMap(o -> Arrays.stream(o.names()))
                    .filter(n -> n.startsWith("--")).toList();
            return "没有“" + name + "”这个选项。" + guess(name, u.getSuggestions(), names);
        }
        String first = unmatched.get(0);
        if (!spec.subcommands().isEmpty()) {
            return "没有“" + first + "”这个命令。" + guess(first, u.getSuggestions(), spec.subcommands().keySet());
        }
        List<String> labels = spec.positionalParameters().stream().map(ArgSpec::paramLabel).toList();
        if (labels.isEmpty()) {
            return "多写了“" + first + "”：" + spec.name() + " 命令后面不用写参数，只写选项（以 -- 开头的那些）。";
        }
        return "多写了“" + first + "”：" + spec.name() + " 命令只要 " + String.join(" 和 ", labels)
                + "。如果它们本来是一个参数（例如标题里有空格），请用引号把它括起来。";
    }

    /**
     * picocli's guess, held to the edit distance of the YAML key hints (its cosine similarity
     * alone offers serve for "poster"); when it has none, the nearest known name.
     */
    private static String guess(String typed, List<String> picocli, java.util.Collection<String> known) {
        Optional<String> best = KeySuggestion.closest(typed, picocli).or(() -> KeySuggestion.closest(typed, known));
        return best.map(b -> "是不是 " + b + "？").orElse("");
    }

    private static String missing(CommandSpec spec, List<ArgSpec> missing) {
        Optional<ArgSpec> option = missing.stream().filter(ArgSpec::isOption).findFirst();
        if (option.isPresent()) {
            OptionSpec o = (OptionSpec) option.get();
            return o.longestName() + " 后面缺少值（" + o.paramLabel() + "）：请写成 " + o.longestName() + " "
                    + example(o) + "。";
        }
        // picocli names only the first missing parameter; the ones after it are missing too
        List<CommandLine.Model.PositionalParamSpec> positionals = spec.positionalParameters();
        int first = positionals.indexOf(missing.get(0));
        String what = positionals.subList(Math.max(first, 0), positionals.size()).stream()
                .filter(p -> p.arity().min() > 0)
                .map(p -> p.paramLabel() + "（" + String.join("", p.description()).replaceFirst("。$", "") + "）")
                .collect(Collectors.joining("、"));
        String usage = spec.positionalParameters().stream().map(p -> p.paramLabel() + (p.isMultiValue() ? "..." : ""))
                .collect(Collectors.joining(" "));
        return spec.name() + " 缺少参数：" + what + "。写法：" + spec.qualifiedName() + " " + usage + " [选项]";
    }

    private static String example(OptionSpec o) {
        return o.defaultValue() != null ? o.defaultValue() : o.paramLabel();
    }

    private static String exclusive(CommandSpec spec, String[] args) {
        List<String> given = Arrays.asList(args);
        List<String> clashing = spec.argGroups().stream().filter(g -> g.exclusive())
                .flatMap(g -> g.options().stream()).map(OptionSpec::longestName).filter(given::contains).toList();
        return String.join(" 和 ", clashing) + " 只能选一个：请删掉其中一个。";
    }

    private static String wrongValue(ArgSpec arg, String value, Throwable cause) {
        String lead = arg.isOption() ? name(arg) + " 后面的" : "";
        if (cause instanceof WrongValue wrong) {
            return lead + wrong.getMessage();
        }
        Object[] choices = arg.type().isEnum() ? arg.type().getEnumConstants() : null;
        if (choices != null) {
            return lead + "“" + value + "”不对：只能是 " + Arrays.stream(choices).map(String::valueOf)
                    .collect(Collectors.joining("、")) + " 之一。";
        }
        return lead + "“" + value + "”不对：请写成 " + arg.paramLabel() + "。";
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    /** A value a converter refused, with a Chinese sentence that says what to write instead. */
    static final class WrongValue extends CommandLine.TypeConversionException {
        WrongValue(String message) {
            super(message);
        }
    }
}
