package org.branchpress.source;

import java.nio.file.Path;

/**
 * A file that content refers to (a photo, a PDF), copied to the site as it is.
 *
 * @param relative path inside content/, forward slashes ({@code media/2024/a.jpg})
 */
public record AssetFile(String relative, Path path) {
}
