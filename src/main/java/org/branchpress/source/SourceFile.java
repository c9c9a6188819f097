package org.branchpress.source;

import java.nio.file.Path;

/**
 * A Markdown or YAML file of the content folder, decoded and with line ends made LF.
 *
 * @param relative path inside content/, forward slashes ({@code cases/a.md})
 * @param display  path as problems print it, from the content folder's parent
 * @param kind     section, null for site.yaml
 */
public record SourceFile(String relative, String display, Path path, String text, ContentKind kind) {

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
