package org.branchpress.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.branchpress.problem.Problem;
import org.branchpress.problem.ContentException;
import org.branchpress.problem.Severity;

/**
 * The theme: FreeMarker templates ({@code .ftlh}, HTML auto-escaping on) and static files.
 * A file in the user's templates folder overrides the built-in file of the same name. One
 * Configuration per build, shared by the rendering threads.
 */
public final class Theme {
    /** Static files of the built-in theme, copied to the site as they are. */
    static final List<String> BUILT_IN_ASSETS = List.of("assets/style.css", "assets/screen.css", "assets/screen.js",
            "assets/search.js", "assets/icon.png");
    private static final String CLASSPATH_ROOT = "/theme/";

    private final Configuration config;
    private final Optional<Path> userDir;
    private final String userDirLabel;

    public Theme(Optional<Path> userTemplates) {
        this.userDir = userTemplates.filter(Files::isDirectory);
        this.userDirLabel = userDir.map(p -> p.toAbsolutePath().normalize().getFileName() + "/").orElse("templates/");
        this.config = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        userDir.ifPresent(dir -> {
            try {
                loaders.add(new FileTemplateLoader(dir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        loaders.add(new ClassTemplateLoader(Theme.class, CLASSPATH_ROOT));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        config.setNumberFormat("computer");
        // A user's template override is text from a folder, not a program: it may not
        // construct classes (?new with freemarker.template.utility.Execute runs commands)
        // nor reach the Java API behind the model (?api).
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setObjectWrapper(new ViewWrapper());
    }

    /** Renders a template to UTF-8; a mistake in a user's template is the user's content problem. */
    public byte[] render(String name, Object model) {
        try {
            Template template = config.getTemplate(name);
            Utf8Output out = new Utf8Output(16 * 1024);
            template.process(model, out);
            return out.toBytes();
        } catch (ParseException e) {
            throw templateProblem(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    syntaxError(e.getEditorMessage()), e);
        } catch (TemplateException e) {
            throw templateProblem(e.getTemplateSourceName(), lineOr(e.getLineNumber()), lineOr(e.getColumnNumber()),
                    runtimeError(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Static files: the built-in ones, then everything under the user's {@code assets/}. */
    public Map<String, byte[]> assets() {
        Map<String, byte[]> out = new TreeMap<>();
        for (String name : BUILT_IN_ASSETS) {
            try (InputStream in = Theme.class.getResourceAsStream(CLASSPATH_ROOT + name)) {
                if (in == null) {
                    throw new IllegalStateException("built-in theme file missing from the jar: " + name);
                }
                out.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        userDir.map(d -> d.resolve("assets")).filter(Files::isDirectory).ifPresent(dir -> {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.put("assets/" + dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    /**
     * A mistake in the user's template is theirs to fix: said in Chinese with the template, its
     * line and column and the expression, and the two ways out. In a built-in one it is our bug.
     */
    private RuntimeException templateProblem(String template, int line, int column, String what, Exception cause) {
        boolean users = template != null && userDir.map(d -> Files.exists(d.resolve(template))).orElse(false);
        if (!users) {
            return new IllegalStateException("built-in template " + template + " failed at " + line + ":" + column
                    + ": " + what, cause);
        }
        String file = userDirLabel + template;
        return new ContentException(List.of(new Problem(file, line, column, Severity.ERROR, "template/error",
                "模板 " + template + " 第 " + line + " 行第 " + column + " 列：" + what + "请改正 " + file
                        + "（可对照内置主题里的同名模板），或者删掉这个文件，改用内置模板。")));
    }

    /** FreeMarker's usual parse errors, by its English first line, and what to say for each. */
    private static final List<Map.Entry<Pattern, Function<MatchResult, String>>> SYNTAX = List.of(
            Map.entry(Pattern.compile("unclosed #(\\w+)"),
                    m -> "<#" + m.group(1) + "> 没有对应的结束标签 </#" + m.group(1) + ">，模板到这里就结束了。"),
            Map.entry(Pattern.compile("Unknown directive: #(\\w+)"),
                    m -> "没有 <#" + m.group(1) + "> 这个指令（FreeMarker 的指令见 freemarker.apache.org/docs）。"),
            Map.entry(Pattern.compile("Unknown built-in: \"(\\w+)\""),
                    m -> "没有 ?" + m.group(1) + " 这个内置函数（FreeMarker 的内置函数见 freemarker.apache.org/docs）。"),
            Map.entry(Pattern.compile("^Encountered \"(.*?)\""),
                    m -> "语法错误：“" + m.group(1) + "”出现在这里不对，前面的表达式或标签没有写完整。"));

    /** A parse error in Chinese; one FreeMarker words otherwise keeps its first line after ours. */
    private static String syntaxError(String freemarker) {
        String english = freemarker == null ? "" : freemarker.lines().findFirst().orElse("").strip();
        for (Map.Entry<Pattern, Function<MatchResult, String>> hint : SYNTAX) {
            Matcher m = hint.getKey().matcher(english);
            if (m.find()) {
                return hint.getValue().apply(m);
            }
        }
        return "语法错误（FreeMarker 的说明：" + english + "）。";
    }

    /** A failure while the template ran, naming the expression it failed on. */
    private static String runtimeError(TemplateException e) {
        String expression = e.getBlamedExpressionString();
        if (expression == null) {
            return "模板运行出错（FreeMarker 的说明：" + e.getMessageWithoutStackTop().lines().findFirst().orElse("").strip()
                    + "）。";
        }
        if (e instanceof InvalidReferenceException) {
            return "“" + expression + "”没有值：可能是名字写错了，或者这一项本来就可以为空（那样请写成 ${" + expression
                    + "!} 或用 <#if " + expression + "??> 判断）。";
        }
        return "“" + expression + "”的类型不对：这里要的是" + expected(e) + "。";
    }

    private static String expected(TemplateException e) {
        return switch (e.getClass().getSimpleName()) {
            case "NonStringException", "NonStringOrTemplateOutputException" -> "文字（或数字、日期）";
            case "NonSequenceException", "NonSequenceOrCollectionException", "NonExtendedHashException" -> "列表";
            case "NonHashException" -> "带有字段的对象（可以写 .字段名）";
            case "NonNumericalException" -> "数字";
            case "NonBooleanException" -> "是或否（true/false）";
            case "NonDateException" -> "日期";
            default -> "别的类型（请对照内置模板的写法）";
        };
    }

    private static int lineOr(Integer n) {
        return n == null ? 1 : n;
    }
}
