package org.branchpress.site;

import java.nio.file.Path;

/**
 * A file copied to the site: its address there and where it comes from.
 *
 * @param display path as problems print it, from the content folder's parent ({@code content/media/a.jpg})
 */
public record Asset(String address, Path source, String display) {
}
