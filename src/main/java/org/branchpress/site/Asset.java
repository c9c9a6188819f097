package org.branchpress.site;

import java.nio.file.Path;

/** A file copied to the site: its address there and where it comes from. */
public record Asset(String address, Path source) {
}
