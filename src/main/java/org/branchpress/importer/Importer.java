package org.branchpress.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.branchpress.content.Slugs;

/**
 * {@code import}: a Word draft, a text file or a saved web page → {@code content/cases/<date>-<slug>.md},
 * pictures into {@code content/media/imported/<slug>/}. Never overwrites without {@code force}.
 */
public final class Importer {
    /** Which script the imported text should be in. */
    public enum Script { AS_IS, SIMPLIFIED, TRADITIONAL }

    /** A file that cannot be imported, with a message for the officer. */
    public static final class ImportException extends Exception {
        public ImportException(String message) {
            super(message);
        }
    }

    /** What an import wrote, and what the officer should look at. */
    public record Result(Path written, Draft draft, boolean dateGuessed) {
    }

    private final Path content;
    private final boolean force;
    private final Script script;
    private final LocalDate today;

    public Importer(Path content, boolean force, Script script, LocalDate today) {
        this.content = content;
        this.force = force;
        this.script = script;
        this.today = today;
    }

    public Result importFile(Path file) throws ImportException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException("找不到文件“" + file + "”：请检查文件名和路径。");
        }
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Draft draft = switch (ext) {
            case "docx" -> {
                try (InputStream in = Files.newInputStream(file)) {
                    yield DocxDraft.read(in);
                } catch (IllegalArgumentException | org.apache.poi.ooxml.POIXMLException e) {
                    throw new ImportException("“" + name + "”不是有效的 .docx 文件：请在 Word 或 WPS 里打开，另存为 .docx 后再导入。");
                }
            }
            case "doc" -> throw new ImportException("“" + name
                    + "”是旧版 Word 格式（.doc）：请在 Word 或 WPS 里打开，另存为 .docx 后再导入。");
            case "txt", "md", "markdown", "html", "htm" -> text(file, ext);
            default -> throw new ImportException("不能导入“" + name + "”：只支持 .txt、.md、.html/.htm 和 .docx 文件。");
        };
        UnaryOperator<String> convert = switch (script) {
            case AS_IS -> s -> s;
            case SIMPLIFIED -> ZhConverterUtil::toSimple;
            case TRADITIONAL -> ZhConverterUtil::toTraditional;
        };
        LocalDate date = draft.date().orElse(today);
        String slug = slug(convert.apply(draft.title()), name);
        Path target = content.resolve("cases").resolve(date + "-" + slug + ".md");
        if (Files.exists(target) && !force) {
            throw new ImportException("“" + content.getFileName() + "/cases/" + target.getFileName()
                    + "”已经存在，没有覆盖：如确要用新导入的内容替换它，请加 --force 再运行一次。");
        }
        String pictures = "media/imported/" + date + "-" + slug + "/";
        for (Draft.Block b : draft.blocks()) {
            if (b instanceof Draft.Image img) {
                Path picture = content.resolve(pictures).resolve(img.fileName());
                Files.createDirectories(picture.getParent());
                Files.write(picture, img.bytes());
            }
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, MarkdownWriter.write(draft, date, "../" + pictures, convert));
        return new Result(target, draft, draft.date().isEmpty());
    }

    private static Draft text(Path file, String ext) throws IOException, ImportException {
        TextDecoding.Decoded decoded = TextDecoding.decode(Files.readAllBytes(file)).orElseThrow(() ->
                new ImportException("无法识别“" + file.getFileName() + "”的文字编码（不是 UTF-8、GB18030/GBK 或 Big5）："
                        + "请用记事本打开，另存为 UTF-8 编码后再导入。"));
        if (ext.equals("html") || ext.equals("htm")) {
            return HtmlDraft.read(file, decoded.text(), decoded.charset());
        }
        return Outline.structure(Outline.lines(decoded.text()), Optional.empty(), decoded.charset());
    }

    /** ASCII from the title; a title of nothing but symbols falls back to the file name. */
    static String slug(String title, String fileName) {
        String slug = Slugs.of(title);
        if (slug.equals("item")) {
            slug = Slugs.of(fileName.replaceAll("\\.[^.]+$", ""));
        }
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return slug;
    }
}
