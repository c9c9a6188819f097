package org.branchpress.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
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
    }

    /** Renders a template; a mistake in a user's template is the user's content problem. */
    public String render(String name, Object model) {
        try {
            Template template = config.getTemplate(name);
            StringWriter out = new StringWriter(16 * 1024);
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw templateProblem(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    "模板语法错误：" + firstLine(e.getEditorMessage()), e);
        } catch (TemplateException e) {
            throw templateProblem(e.getTemplateSourceName(), lineOr(e.getLineNumber()), lineOr(e.getColumnNumber()),
                    "模板运行出错：" + firstLine(e.getMessageWithoutStackTop()), e);
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

    private RuntimeException templateProblem(String template, int line, int column, String message, Exception cause) {
        boolean users = template != null && userDir.map(d -> Files.exists(d.resolve(template))).orElse(false);
        if (!users) {
            return new IllegalStateException("built-in template " + template + " failed: " + message, cause);
        }
        return new ContentException(List.of(new Problem(userDirLabel + template, line, column, Severity.ERROR,
                "template/error", message + "（请对照内置模板检查这个文件）")));
    }

    private static int lineOr(Integer n) {
        return n == null ? 1 : n;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }
}
