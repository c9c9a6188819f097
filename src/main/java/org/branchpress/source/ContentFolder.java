package org.branchpress.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stage 2's result: every file of content/, in sorted order, read and decoded. */
public record ContentFolder(Path root, Optional<SettingsFile> settings, List<SourceFile> documents,
                            Map<String, AssetFile> assets) {
}
