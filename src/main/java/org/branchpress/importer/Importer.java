package org.branchpress.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.branchpress.content.Slugs;
import org.branchpress.source.AtomicFiles;

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
        /** What the draft had that the case could not keep, each naming its place in the source. */
        public java.util.List<String> warnings() {
            return draft.warnings();
        }
    }

    /** The same limit as for a Markdown file the build reads: a larger case could not be built. */
    static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;

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

    /**
     * Reads {@code file} whole before writing anything, so that a file it cannot read leaves
     * content/ as it was; then writes the pictures and the case, each by a rename.
     *
     * @throws ImportException for everything the officer can fix: a missing, empty, damaged or
     *                         oversized file, a case already there, a disk that cannot be written
     */
    public Result importFile(Path file) throws ImportException {
        Draft draft = read(file);
        if (draft.blocks().isEmpty() && draft.title().equals(Outline.UNTITLED)) {
            throw new ImportException("“" + file.getFileName() + "”里没有找到可以导入的文字（标题和正文都是空的）："
                    + "请确认选对了文件；保存网页时请选“网页，全部”或“网页，仅 HTML”。");
        }
        UnaryOperator<String> convert = switch (script) {
            case AS_IS -> s -> s;
            case SIMPLIFIED -> ZhConverterUtil::toSimple;
            case TRADITIONAL -> ZhConverterUtil::toTraditional;
        };
        LocalDate date = draft.date().orElse(today);
        String slug = slug(convert.apply(draft.title()), file.getFileName().toString());
        Path target = content.resolve("cases").resolve(date + "-" + slug + ".md");
        String shown = content.getFileName() + "/cases/" + target.getFileName();
        if (Files.isDirectory(target)) {
            throw new ImportException("“" + shown + "”是一个文件夹，没有覆盖：请把它改名或移走后再导入。");
        }
        if (Files.exists(target) && !force) {
            throw new ImportException("“" + shown + "”已经存在，没有覆盖：如确要用新导入的内容替换它，请加 --force 再运行一次。");
        }
        String pictures = "media/imported/" + date + "-" + slug + "/";
        for (Draft.Block b : draft.blocks()) {
            if (b instanceof Draft.Image img) {
                write(content.resolve(pictures).resolve(img.fileName()), img.bytes());
            }
        }
        write(target, MarkdownWriter.write(draft, date, "../" + pictures, convert).getBytes(StandardCharsets.UTF_8));
        return new Result(target, draft, draft.date().isEmpty());
    }

    /** A whole file or nothing: a full disk leaves the file that was there byte for byte. */
    private void write(Path path, byte[] bytes) throws ImportException {
        try {
            Files.createDirectories(path.getParent());
            AtomicFiles.write(path, bytes);
        } catch (IOException e) {
            throw new ImportException("无法写入“" + content.getFileName() + "/" + content.relativize(path).toString()
                    .replace('\\', '/') + "”（" + reason(e) + "）：请检查磁盘空间和文件夹的写入权限后再导入一次；这个文件原来的内容没有改动。");
        }
    }

    private static Draft read(Path file) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new ImportException("“" + name + "”是一个文件夹，不是文件：请写出文件夹里要导入的文件，例如 "
                    + file.resolve("稿件.docx") + "。");
        }
        if (!Files.exists(file)) {
            throw new ImportException("找不到文件“" + file + "”：请检查文件名和路径。");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException("“" + file + "”不是普通文件：请写出要导入的 .docx、.txt、.md 或 .html 文件。");
        }
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        long limit = switch (ext) {
            case "docx" -> DocxLimits.MAX_FILE_BYTES;
            case "txt", "md", "markdown", "html", "htm" -> MAX_TEXT_BYTES;
            case "doc" -> throw new ImportException("“" + name
                    + "”是旧版 Word 格式（.doc）：请在 Word 或 WPS 里打开，另存为 .docx 后再导入。");
            default -> throw new ImportException("不能导入“" + name + "”：只支持 .txt、.md、.html/.htm 和 .docx 文件。");
        };
        byte[] bytes = bytes(file, name, limit);
        return ext.equals("docx") ? DocxDraft.read(name, bytes) : text(file, name, ext, bytes);
    }

    /** The file's bytes, refused when empty or larger than a draft can be. */
    private static byte[] bytes(Path file, String name, long limit) throws ImportException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportException("“" + name + "”是空文件（0 字节）：请确认选对了文件；"
                        + "如果文件是从别处复制或下载来的，请重新复制或下载一次。");
            }
            if (size > limit) {
                throw new ImportException("“" + name + "”太大（" + megabytes(size) + " MB），超过了 " + limit / 1024 / 1024
                        + " MB 的上限：一篇案例的文稿不会这么大，请确认选对了文件；Word 文稿可以先在 WPS/Word 里压缩图片。");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException("无法读取“" + name + "”（" + reason(e) + "）：请检查文件是否被其他程序占用，或权限是否正确。");
        }
    }

    private static Draft text(Path file, String name, String ext, byte[] bytes) throws ImportException {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes).orElseThrow(() ->
                new ImportException("无法识别“" + name + "”的文字编码（不是 UTF-8、UTF-16、GB18030/GBK 或 Big5，"
                        + "也可能根本不是文字文件）：请用记事本打开，另存为 UTF-8 编码后再导入。"));
        if (decoded.text().isBlank()) {
            throw new ImportException("“" + name + "”里没有文字：请确认选对了文件。");
        }
        if (ext.equals("html") || ext.equals("htm")) {
            return HtmlDraft.read(file, decoded.text(), decoded.charset());
        }
        return Outline.structure(Outline.lines(decoded.text()), Optional.empty(), decoded.charset());
    }

    /** Whole megabytes, rounded up: a file over a limit never reads as the limit itself. */
    static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    /** The system's reason for an I/O failure, without Java's class names. */
    private static String reason(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "路径不存在";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "没有权限";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return message == null ? "未知原因" : message;
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
