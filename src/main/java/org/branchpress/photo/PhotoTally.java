package org.branchpress.photo;

import java.util.Collection;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;

/**
 * What the build's summary line says of the photos: how many carried metadata that is now
 * gone, and how many bytes the published copies save against the files of content/ (all the
 * copies of each photo counted, the narrow ones too: what the site holds, not what one page loads).
 *
 * @param photos     photos re-encoded
 * @param stripped   photos re-encoded that carried EXIF, XMP, IPTC or text chunks
 * @param savedBytes the files' bytes less their copies' (negative when the copies are larger)
 */
public record PhotoTally(int photos, int stripped, long savedBytes) {
    public static final PhotoTally NONE = new PhotoTally(0, 0, 0);

    /** This tally with another's (a 党总支's photos and one more branch's). */
    public PhotoTally plus(PhotoTally o) {
        return new PhotoTally(photos + o.photos, stripped + o.stripped, savedBytes + o.savedBytes);
    }

    /** The tally of these photos. */
    public static PhotoTally of(Collection<Made> made) {
        int photos = 0;
        int stripped = 0;
        long saved = 0;
        for (Made m : made) {
            if (m instanceof Made.Published p) {
                photos++;
                stripped += p.hadMetadata() ? 1 : 0;
                saved += p.originalBytes() - p.publishedBytes();
            }
        }
        return new PhotoTally(photos, stripped, saved);
    }

    /** The summary line's words for it, in Chinese: empty without photos. */
    public String summary() {
        if (photos == 0) {
            return "";
        }
        long abs = Math.abs(savedBytes);
        String size = abs >= 1024 * 1024 ? String.format("%.1f MB", abs / 1048576.0) : (abs + 1023) / 1024 + " KB";
        return "，照片 " + photos + " 张（去除元数据 " + stripped + " 张，" + (savedBytes >= 0 ? "节省 " : "多占 ") + size + "）";
    }

    /** A warning for each photo that had a location, and for each left out (with why and the fix). */
    public static void warn(Collection<Made> made, Problems problems) {
        for (Made m : made) {
            if (m instanceof Made.Published p && p.located()) {
                problems.warning(SourcePosition.wholeFile(p.source().display()), "photos/location",
                        "照片含有拍摄位置信息，已去除：网站上发布的照片不含位置、设备和时间。"
                                + "以后拍照前可在手机相机设置里关闭“位置信息”或“地理位置标记”。");
            } else if (m instanceof Made.LeftOut l) {
                problems.warning(SourcePosition.wholeFile(l.source().display()), "photos/left-out", l.message());
            }
        }
    }
}
