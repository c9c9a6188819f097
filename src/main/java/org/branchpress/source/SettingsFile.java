package org.branchpress.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A YAML file of the content folder that belongs to no section ({@code site.yaml},
 * {@code members.yaml}, {@code tallies/YEAR.yaml}), decoded and with line ends made LF: every
 * {@link SourceFile} has a kind, these have none and are never published.
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
