package org.branchpress.markdown;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.branchpress.photo.Photo;

/**
 * What a Markdown link may point at: other content files (by content path, to their page
 * address) and assets (by content path).
 *
 * @param unreadable content files that exist but did not become a document because of an
 *                   error of their own: a link to one is that error's consequence, not a
 *                   second problem
 * @param leftOut      pictures of content/ that are not published (too large, broken, metadata
 *                     that cannot be removed): a body shows their alt text instead
 * @param photos       content path → the published copies of each photo that was re-encoded
 * @param offPortal    content files that are rendered but have no portal page (a notice without
 *                     {@code portal: true}): a link to one would lead nowhere
 */
public record LinkTargets(Map<String, String> pageBySource, Set<String> assets, Set<String> unreadable,
                          Set<String> offPortal, Map<String, Photo> photos, Set<String> leftOut) {

    public LinkTargets(Map<String, String> pageBySource, Set<String> assets, Set<String> unreadable,
                       Set<String> offPortal) {
        this(pageBySource, assets, unreadable, offPortal, Map.of(), Set.of());
    }

    /** Whether the picture at {@code contentPath} is left out of the site (warned about where it is made). */
    public boolean isLeftOut(String contentPath) {
        return leftOut.contains(contentPath);
    }

    public LinkTargets(Map<String, String> pageBySource, Set<String> assets, Set<String> unreadable) {
        this(pageBySource, assets, unreadable, Set.of());
    }

    public boolean isOffPortal(String contentPath) {
        return offPortal.contains(contentPath);
    }

    public boolean isUnreadable(String contentPath) {
        return unreadable.contains(contentPath);
    }

    public Optional<String> page(String contentPath) {
        return offPortal.contains(contentPath) ? Optional.empty() : Optional.ofNullable(pageBySource.get(contentPath));
    }

    /** The published copies of the photo at {@code contentPath}, when it is one that was re-encoded. */
    public Optional<Photo> photo(String contentPath) {
        return Optional.ofNullable(photos.get(contentPath));
    }

    public boolean isAsset(String contentPath) {
        return assets.contains(contentPath);
    }
}
