package org.branchpress.photo;

import java.nio.file.Path;

/**
 * A picture file of content/ about to be published.
 *
 * @param address where the site publishes it ({@code media/2024/a.jpg})
 * @param display its path as problems print it ({@code content/media/2024/a.jpg})
 */
public record PhotoSource(String address, Path file, String display) {
}
