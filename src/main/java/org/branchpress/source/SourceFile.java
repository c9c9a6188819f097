package org.branchpress.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A Markdown file of a section of the content folder, decoded and with line ends made LF.
 * ({@code site.yaml} belongs to no section: it is a {@link SettingsFile}.)
 *
 * @param relative path inside content/, forward slashes ({@code cases/a.md})
 * @param display  path as problems print it, from the content folder's parent
 * @param kind     the section whose folder holds the file
 * @param form     the BOM and line ends the file had, to write a fixed text back as it was
 */
public record SourceFile(String relative, String display, Path path, String text, ContentKind kind,
                         TextForm form) {
    public SourceFile {
        Objects.requireNonNull(relative, "relative");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(form, "form");
    }

    /** A file with LF line ends and no byte-order mark. */
    public SourceFile(String relative, String display, Path path, String text, ContentKind kind) {
        this(relative, display, path, text, kind, TextForm.PLAIN);
    }

    /** The file name without its extension. */
    public String baseName() {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The folder of this file inside content/, with a trailing slash, or "" at the top. */
    public String folder() {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash + 1);
    }
}
