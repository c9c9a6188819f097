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
    /** What a released file holds: compared by identity, so no real text is ever taken for it. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String RELEASED = new String("");

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

    /** The decoded text; only until the file's body is rendered (see {@link #released}). */
    @Override
    public String text() {
        if (text == RELEASED) {
            throw new IllegalStateException("the text of " + display + " was released once its body was rendered");
        }
        return text;
    }

    /**
     * The same file without its text: what the site model keeps of a document once its body is
     * rendered, so that a build of 100,000 files does not hold every text until the last page.
     */
    public SourceFile released() {
        return new SourceFile(relative, display, path, RELEASED, kind, TextForm.PLAIN);
    }

    /** Whether this file's text was released. */
    public boolean isReleased() {
        return text == RELEASED;
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
