package org.branchpress.markdown;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a Markdown link may point at: other content files (by content path, to their page
 * address) and assets (by content path).
 */
public record LinkTargets(Map<String, String> pageBySource, Set<String> assets) {

    public Optional<String> page(String contentPath) {
        return Optional.ofNullable(pageBySource.get(contentPath));
    }

    public boolean isAsset(String contentPath) {
        return assets.contains(contentPath);
    }
}
