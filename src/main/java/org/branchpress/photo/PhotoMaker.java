package org.branchpress.photo;

import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.png.PngChunkType;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.png.PngDirectory;

/**
 * Makes the published copies of one picture of content/. A JPEG or PNG is decoded, turned
 * upright by its EXIF orientation, converted to sRGB from the colour profile it embeds (Adobe RGB,
 * Display P3: the copies carry no profile) and encoded again by ImageIO at each width of
 * {@link #WIDTHS} up to {@link #LARGEST} (or its own width with {@code keep_original}). JPEGs are
 * read by TwelveMonkeys' reader, which applies their profile and reads CMYK and YCCK too; a
 * PNG's profile is applied here ({@link Profiles}). The camera's metadata
 * (EXIF, GPS, XMP, IPTC, maker notes, text chunks) is not carried over, since nothing hands it to
 * the writer. A GIF, WebP, BMP, TIFF, HEIC or AVIF is not re-encoded (ImageIO decodes only some
 * of them, and re-encoding a GIF would stop its animation): it is copied when metadata-extractor
 * finds no metadata in it and left out otherwise. Any other file (SVG, video, PDF) is copied.
 * Thread-safe: it holds nothing.
 */
public final class PhotoMaker {
    /**
     * The most pixels a picture may have to be decoded: 60 megapixels (6000 万像素), about
     * 240 MB once decoded. The full-resolution mode of the common 50-megapixel phone cameras
     * (8160×6144, 50.1 MP) fits; a 1 MB PNG that declares 20000×20000 (400 MP, 1.6 GB decoded)
     * does not. Only the header is read to know it.
     */
    public static final long MAX_PIXELS = 60_000_000L;
    /**
     * Widths of the copies the pages choose from: card covers show 120 px and honor photos 96 px
     * (240 at twice the density), photo grids about 260 px (480), bodies and case covers up to
     * 800 px (960, and 1600 on a phone or laptop of twice the density).
     */
    static final List<Integer> WIDTHS = List.of(240, 480, 960);
    /** The widest copy published without {@code keep_original}. */
    static final int LARGEST = 1600;
    /** The version of what this class makes: part of every cache key, so a change re-encodes. */
    public static final String VERSION = "photo-2 srgb " + WIDTHS + " " + LARGEST + " q0.85";

    private static final Set<String> REENCODED = Set.of("jpg", "jpeg", "png");
    private static final Set<String> EXAMINED = Set.of("gif", "webp", "bmp", "tif", "tiff", "heic", "heif", "avif");
    private static final String UNREADABLE = "无法读取这张图片（文件已损坏、不完整或格式与扩展名不符），没有发布到网站上："
            + "请在看图软件里打开检查，重新导出为 JPG 或 PNG 后再用。";

    private final boolean keepOriginal;

    /** @param keepOriginal publish each photo at its own size too ({@code images.keep_original}) */
    public PhotoMaker(boolean keepOriginal) {
        this.keepOriginal = keepOriginal;
    }

    /** What the copies depend on besides the file: part of every cache key. */
    public String key() {
        return VERSION + (keepOriginal ? " keep_original" : "");
    }

    /** Whether {@code address} names a file this class decides about rather than copying. */
    public static boolean isPicture(String address) {
        String ext = extension(address);
        return REENCODED.contains(ext) || EXAMINED.contains(ext);
    }

    /** The copies of {@code source}; never throws for anything the file holds. */
    public Made make(PhotoSource source) {
        return make(source, true);
    }

    /**
     * What {@link #make} decides of {@code source} (left out and why, the location, the widths
     * and heights of its copies) from its metadata and header alone, with no copy made: for
     * {@code check}, which writes nothing. A {@link Made.Published} it returns holds no files.
     */
    public Made measure(PhotoSource source) {
        return make(source, false);
    }

    private Made make(PhotoSource source, boolean encode) {
        String ext = extension(source.address());
        if (!isPicture(source.address())) {
            return new Made.Copied(source);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source.file());
        } catch (IOException | OutOfMemoryError unreadable) {
            return new Made.LeftOut(source, UNREADABLE, false);
        }
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        } catch (ImageProcessingException | IOException | RuntimeException broken) {
            return new Made.LeftOut(source, UNREADABLE, false);
        }
        boolean located = located(metadata);
        if (EXAMINED.contains(ext)) {
            return hasMetadata(metadata) ? new Made.LeftOut(source, "这张图片（." + ext + "）含有"
                    + (located ? "拍摄位置等" : "拍摄设备、时间等") + "元数据，这种格式无法去除，没有发布到网站上："
                    + "请在看图软件里另存为 JPG 或 PNG 后再用（另存时元数据会被去除）。", located) : new Made.Copied(source);
        }
        return encode(source, bytes, ext, metadata, located, encode);
    }

    private Made encode(PhotoSource source, byte[] bytes, String ext, Metadata metadata, boolean located,
                        boolean encode) {
        Pixels.Decoded decoded;
        // a stream over memory: ImageIO's own choice for an InputStream caches it in a temporary file
        try (ImageInputStream in = new javax.imageio.stream.MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            decoded = encode ? Pixels.decode(in) : Pixels.measure(in);
            if ((decoded instanceof Pixels.Decoded.Sized || decoded instanceof Pixels.Decoded.Picture)
                    && !Pixels.whole(bytes, ext.equals("png"))) {
                decoded = new Pixels.Decoded.Broken(); // cut short: made and measured alike
            }
        } catch (IOException | RuntimeException unreadable) {
            decoded = new Pixels.Decoded.Broken();
        }
        if (decoded instanceof Pixels.Decoded.TooLarge large) {
            return new Made.LeftOut(source, "图片尺寸过大（" + large.width() + "×" + large.height() + " 像素，超过 "
                    + MAX_PIXELS / 10_000 + " 万像素的上限），没有发布到网站上：请在看图软件里把图片缩小（例如宽 4000 像素）后再用。",
                    located);
        }
        int orientation = orientation(metadata);
        if (decoded instanceof Pixels.Decoded.Sized sized) {
            boolean swap = Orientation.swapsSides(orientation);
            return new Made.Published(source, photo(source, swap ? sized.height() : sized.width(),
                    swap ? sized.width() : sized.height()), Map.of(), located, hasMetadata(metadata), bytes.length);
        }
        if (!(decoded instanceof Pixels.Decoded.Picture picture)) {
            return new Made.LeftOut(source, UNREADABLE, located);
        }
        BufferedImage upright = Orientation.apply(picture.image(), orientation);
        boolean png = ext.equals("png");
        boolean alpha = png && upright.getColorModel().hasAlpha();
        Optional<ICC_Profile> profile = png ? Profiles.embedded(bytes) : Optional.empty(); // a JPEG's: by its reader
        Photo photo = photo(source, upright.getWidth(), upright.getHeight());
        Map<String, byte[]> files = new LinkedHashMap<>();
        BufferedImage larger = upright;
        for (int i = photo.variants().size() - 1; i >= 0; i--) { // widest first: each narrower copy scales the last one
            Photo.Variant v = photo.variants().get(i);
            larger = Pixels.resize(larger, v.width(), v.height(), alpha);
            if (v == photo.widest() && profile.isPresent()) { // once, on the fewest pixels that keep every copy exact
                larger = Profiles.toSrgb(larger, profile.get());
            }
            files.put(v.address(), png ? Pixels.png(larger) : Pixels.jpeg(larger));
        }
        return new Made.Published(source, photo, files, located, hasMetadata(metadata), bytes.length);
    }

    /** The copies of a photo {@code width}×{@code height} once upright: at each width up to the widest. */
    private Photo photo(PhotoSource source, int width, int height) {
        int widest = keepOriginal ? width : Math.min(width, LARGEST);
        List<Photo.Variant> variants = new ArrayList<>();
        WIDTHS.stream().filter(w -> w < widest).forEach(w -> variants.add(new Photo.Variant(w,
                Math.max(1, (int) Math.round((double) height * w / width)), variantAddress(source.address(), w))));
        variants.add(new Photo.Variant(widest, Math.max(1, (int) Math.round((double) height * widest / width)),
                source.address()));
        return new Photo(source.address(), variants);
    }

    /** {@code media/a.jpg} at 480 px: {@code media/a-480w.jpg}. */
    static String variantAddress(String address, int width) {
        int dot = address.lastIndexOf('.');
        return address.substring(0, dot) + "-" + width + "w" + address.substring(dot);
    }

    private static int orientation(Metadata metadata) {
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 == null || !ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
            return 1;
        }
        Integer value = ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        return value == null ? 1 : value;
    }

    private static boolean located(Metadata metadata) {
        for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
            if (gps.containsTag(GpsDirectory.TAG_LATITUDE) || gps.containsTag(GpsDirectory.TAG_LONGITUDE)) {
                return true;
            }
        }
        return false;
    }

    /** EXIF (with GPS and maker notes), XMP, IPTC, Photoshop blocks, JPEG comments, PNG text chunks. */
    static boolean hasMetadata(Metadata metadata) {
        for (Directory d : metadata.getDirectories()) {
            String pkg = d.getClass().getPackageName();
            if (pkg.startsWith("com.drew.metadata.exif") || pkg.equals("com.drew.metadata.xmp")
                    || pkg.equals("com.drew.metadata.iptc") || pkg.equals("com.drew.metadata.photoshop")
                    || d instanceof com.drew.metadata.jpeg.JpegCommentDirectory
                    || d instanceof PngDirectory p && isText(p.getPngChunkType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isText(PngChunkType type) {
        return type.equals(PngChunkType.tEXt) || type.equals(PngChunkType.iTXt) || type.equals(PngChunkType.zTXt);
    }

    static String extension(String address) {
        String name = address.substring(address.lastIndexOf('/') + 1);
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * The size of a picture {@code width}×{@code height} as stored, once turned upright by the
     * EXIF orientation of {@code file}: as stored when the metadata cannot be read.
     */
    public static java.awt.Dimension upright(int width, int height, java.nio.file.Path file) {
        return Orientation.swapsSides(orientation(file)) ? new java.awt.Dimension(height, width)
                : new java.awt.Dimension(width, height);
    }

    /**
     * A screen's JPEG copy of {@code file} at {@code width}×{@code height} (its upright size
     * scaled): upright, in sRGB, without metadata. For pictures already found decodable within
     * the pixel budget; a file that no longer is throws.
     */
    public static byte[] copy(java.nio.file.Path file, int width, int height) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Pixels.Decoded decoded;
            try (ImageInputStream in = new javax.imageio.stream.MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
                decoded = Pixels.decode(in);
            }
            if (!(decoded instanceof Pixels.Decoded.Picture picture)) {
                throw new IOException("no longer decodes: " + file);
            }
            BufferedImage scaled = Pixels.resize(Orientation.apply(picture.image(), orientation(file)), width, height, false);
            Optional<ICC_Profile> profile = extension(file.toString()).equals("png") ? Profiles.embedded(bytes)
                    : Optional.empty();
            return Pixels.jpeg(profile.isPresent() ? Profiles.toSrgb(scaled, profile.get()) : scaled);
        } catch (IOException changed) {
            throw new java.io.UncheckedIOException(changed);
        }
    }

    private static int orientation(java.nio.file.Path file) {
        try {
            return orientation(ImageMetadataReader.readMetadata(file.toFile()));
        } catch (ImageProcessingException | IOException | RuntimeException unreadable) {
            return 1;
        }
    }
}
