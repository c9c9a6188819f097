package org.branchpress.site;

import java.nio.file.Path;
import java.util.Optional;

import org.branchpress.photo.Made;
import org.branchpress.photo.Photo;
import org.branchpress.photo.PhotoSource;

/**
 * A file of content/ published in the site: its address there, where it comes from, and what
 * was made of it (a photo's re-encoded copies, the file as it is, or nothing).
 *
 * @param display path as problems print it, from the content folder's parent ({@code content/media/a.jpg})
 */
public record Asset(String address, Path source, String display, Made made) {

    /** A file published as it is. */
    public Asset(String address, Path source, String display) {
        this(address, source, display, new Made.Copied(new PhotoSource(address, source, display)));
    }

    /** The published copies, when this is a photo that was re-encoded. */
    public Optional<Photo> photo() {
        return made instanceof Made.Published p ? Optional.of(p.photo()) : Optional.empty();
    }
}
