package org.branchpress.markdown;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a Markdown link may point at: other content files (by content path, to their page
 * address) and assets (by content path).
 *
 * @param unreadable content files that exist but did not become a document because of an
 *                   error of their own: a link to one is that error's consequence, not a
 *                   second problem
 */
public record LinkTargets(Map<String, String> pageBySource, Set<String> assets, Set<String> unreadable) {

    public boolean isUnreadable(String contentPath) {
        return unreadable.contains(contentPath);
    }

    public Optional<String> page(String contentPath) {
        return Optional.ofNullable(pageBySource.get(contentPath));
    }

    public boolean isAsset(String contentPath) {
        return assets.contains(contentPath);
    }
}
