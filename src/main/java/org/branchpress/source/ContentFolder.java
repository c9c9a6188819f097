package org.branchpress.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage 2's result: every file of content/, in sorted order, read and decoded.
 *
 * @param members {@code members.yaml}, the roster, when there is one
 * @param tallies the YAML files of {@code tallies/}, in path order
 * @param branches the folders under {@code branches/} (a 党总支's branches), by name in sorted order;
 *                 their files are not read here: each branch is a content folder of its own
 * @param display how problems name the folder ({@code content/}, {@code content/branches/yishi/})
 */
public record ContentFolder(Path root, Optional<SettingsFile> settings, List<SourceFile> documents,
                            Map<String, AssetFile> assets, Optional<SettingsFile> members, List<SettingsFile> tallies,
                            List<String> branches, String display) {
}
