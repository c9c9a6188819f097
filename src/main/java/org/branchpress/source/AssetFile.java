package org.branchpress.source;

import java.nio.file.Path;

/**
 * A file that content refers to (a photo, a PDF), copied to the site as it is.
 *
 * @param relative path inside content/, forward slashes ({@code media/2024/a.jpg})
 * @param display  path as problems print it, from the content folder's parent
 */
public record AssetFile(String relative, String display, Path path) {
}
