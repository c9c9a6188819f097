package org.branchpress.source;

import java.util.Arrays;
import java.util.Optional;

/** The sections of {@code content/}, by folder name. */
public enum ContentKind {
    CASE("cases"), HONOR("honors"), ACTIVITY("activities"), PAGE("pages");

    private final String folder;

    ContentKind(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    public static Optional<ContentKind> ofFolder(String name) {
        return Arrays.stream(values()).filter(k -> k.folder.equals(name)).findFirst();
    }
}
