package org.branchpress.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * upright by its EXIF orientation and encoded again by ImageIO at each width of {@link #WIDTHS}
 * up to {@link #LARGEST} (or its own width with {@code keep_original}): the camera's metadata
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
    public static final String VERSION = "photo-1 " + WIDTHS + " " + LARGEST + " q0.85";

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
        return encode(source, bytes, ext, metadata, located);
    }

    private Made encode(PhotoSource source, byte[] bytes, String ext, Metadata metadata, boolean located) {
        Pixels.Decoded decoded;
        // a stream over memory: ImageIO's own choice for an InputStream caches it in a temporary file
        try (ImageInputStream in = new javax.imageio.stream.MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            decoded = Pixels.decode(in);
        } catch (IOException | RuntimeException unreadable) {
            decoded = new Pixels.Decoded.Broken();
        }
        if (decoded instanceof Pixels.Decoded.TooLarge large) {
            return new Made.LeftOut(source, "图片尺寸过大（" + large.width() + "×" + large.height() + " 像素，超过 "
                    + MAX_PIXELS / 10_000 + " 万像素的上限），没有发布到网站上：请在看图软件里把图片缩小（例如宽 4000 像素）后再用。",
                    located);
        }
        if (!(decoded instanceof Pixels.Decoded.Picture picture)) {
            return new Made.LeftOut(source, UNREADABLE, located);
        }
        BufferedImage upright = Orientation.apply(picture.image(), orientation(metadata));
        boolean png = ext.equals("png");
        boolean alpha = png && upright.getColorModel().hasAlpha();
        int widest = keepOriginal ? upright.getWidth() : Math.min(upright.getWidth(), LARGEST);
        List<Integer> widths = new ArrayList<>();
        WIDTHS.stream().filter(w -> w < widest).forEach(widths::add);
        widths.add(widest);
        Map<String, byte[]> files = new LinkedHashMap<>();
        Photo.Variant[] variants = new Photo.Variant[widths.size()];
        BufferedImage larger = upright;
        for (int i = widths.size() - 1; i >= 0; i--) { // widest first: each narrower copy scales the last one
            int width = widths.get(i);
            int height = Math.max(1, (int) Math.round((double) upright.getHeight() * width / upright.getWidth()));
            String address = width == widest ? source.address() : variantAddress(source.address(), width);
            larger = Pixels.resize(larger, width, height, alpha);
            files.put(address, png ? Pixels.png(larger) : Pixels.jpeg(larger));
            variants[i] = new Photo.Variant(width, height, address);
        }
        return new Made.Published(source, new Photo(source.address(), List.of(variants)), files, located,
                hasMetadata(metadata), bytes.length);
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
     * {@code decoded}, the pixels of {@code file}, turned upright by the file's EXIF orientation:
     * for the screens' own copies. As it is when the file's metadata cannot be read.
     */
    public static BufferedImage upright(BufferedImage decoded, java.nio.file.Path file) {
        try {
            return Orientation.apply(decoded, orientation(ImageMetadataReader.readMetadata(file.toFile())));
        } catch (ImageProcessingException | IOException | RuntimeException unreadable) {
            return decoded;
        }
    }
}
