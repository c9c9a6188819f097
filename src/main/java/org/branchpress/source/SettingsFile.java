package org.branchpress.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code content/site.yaml}, decoded and with line ends made LF: the one text file of the
 * content folder that belongs to no section (every {@link SourceFile} has a kind).
 *
 * @param display path as problems print it, from the content folder's parent
 */
public record SettingsFile(String display, Path path, String text) {
    public SettingsFile {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
