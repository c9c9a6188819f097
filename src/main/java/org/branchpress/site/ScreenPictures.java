package org.branchpress.site;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

import org.branchpress.content.Addresses;
import org.branchpress.content.Slugs;
import org.branchpress.photo.Made;
import org.branchpress.photo.Pixels;
import org.branchpress.photo.PhotoMaker;
import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;

/**
 * Photos for screens, planned when the model is assembled (so {@code check} reports them as
 * {@code build} does) and scaled to the size the slide shows them: a cheap player decoding a
 * 12-megapixel photo every few seconds for weeks is how signage browsers die. The scaled
 * copies are kept with the plan; the render stage writes them. An SVG has no pixels to scale
 * and is used as it is. Any other picture that is too large to decode safely, that no reader
 * decodes (WebP, HEIC) or that is broken stays off the screens with a warning naming the
 * file: never the full-size original, which is what would kill the player.
 */
final class ScreenPictures {
    /** The pixel budget of every decoded picture, the portal's photos' too ({@link PhotoMaker#MAX_PIXELS}). */
    static final long MAX_PIXELS = PhotoMaker.MAX_PIXELS;
    private static final String UNREADABLE = "无法读取这张图片（文件已损坏、不完整或格式与扩展名不符），没有放到电视屏幕上："
            + "请在看图软件里打开检查，重新导出为 JPG 或 PNG 后再用。";
    private static final String UNSCALABLE = "电视屏幕用的图片要先缩小，这种格式（%s）无法缩小，没有放到电视屏幕上："
            + "请另存为 JPG 或 PNG 后再用。";

    private final Map<String, Asset> assets;
    private final Problems problems;
    /** content path and size → the address shown, or empty: each picture decided once per size. */
    private final Map<String, Optional<String>> done = new LinkedHashMap<>();
    private final Map<String, Supplier<byte[]>> scaled = new LinkedHashMap<>();

    /** Where the assets lie from the screens' site root: "" for its own, {@code branches/<id>/} for a branch's. */
    private final String folder;

    /** @param problems where a picture kept off the screens is reported (warnings) */
    ScreenPictures(Map<String, Asset> assets, Problems problems) {
        this(assets, "", problems);
    }

    /** The pictures of a 党总支's branch, shown on the 总支's screens: {@code folder} is the branch's. */
    ScreenPictures(Map<String, Asset> assets, String folder, Problems problems) {
        this.assets = assets;
        this.folder = folder;
        this.problems = problems;
    }

    /**
     * The address of {@code contentPath} as a screen shows it, fitting {@code width}×{@code height}:
     * a scaled copy (planned, see {@link #scaled()}), or an SVG as it is; empty when the picture
     * must stay off the screens (a warning says why).
     */
    Optional<String> fit(String contentPath, int width, int height) {
        String key = contentPath + "@" + width + "x" + height;
        Optional<String> known = done.get(key);
        if (known == null) {
            known = scale(contentPath, width, height);
            done.put(key, known);
        }
        return known;
    }

    /**
     * The scaled copies planned so far: address in the site → its JPEG, made when the render
     * stage asks (check, which renders nothing, encodes none).
     */
    Map<String, Supplier<byte[]>> scaled() {
        return Collections.unmodifiableMap(scaled);
    }

    private Optional<String> scale(String contentPath, int width, int height) {
        Asset asset = assets.get(contentPath);
        if (asset.made() instanceof Made.LeftOut) {
            return Optional.empty(); // not published at all, and warned about once, with the reason
        }
        // a JPEG or PNG the photos stage published (or measured, for check) decodes: its header
        // tells the rest. Any other picture (GIF, BMP) is decoded here, in check and build alike.
        boolean decodes = asset.made() instanceof Made.Published;
        Pixels.Decoded decoded;
        try (ImageInputStream in = ImageIO.createImageInputStream(asset.source().toFile())) {
            decoded = decodes ? Pixels.measure(in) : Pixels.decode(in);
        } catch (IOException | RuntimeException unreadable) {
            decoded = new Pixels.Decoded.Broken();
        }
        if (decoded instanceof Pixels.Decoded.Unknown) {
            String ext = extension(contentPath);
            return ext.equals("svg") ? Optional.of(Addresses.encodePath(folder + asset.address()))
                    : refuse(asset, ImageIO.getImageReadersBySuffix(ext).hasNext() ? UNREADABLE
                    : String.format(UNSCALABLE, ext.isEmpty() ? "没有扩展名" : "." + ext));
        }
        if (decoded instanceof Pixels.Decoded.TooLarge large) {
            return refuse(asset, "图片尺寸过大（" + large.width() + "×" + large.height() + " 像素，超过 " + MAX_PIXELS / 10_000
                    + " 万像素的上限），没有放到电视屏幕上：请把图片缩小后再用。");
        }
        java.awt.Dimension stored;
        if (decoded instanceof Pixels.Decoded.Sized sized) {
            stored = new java.awt.Dimension(sized.width(), sized.height());
        } else if (decoded instanceof Pixels.Decoded.Picture picture) {
            stored = new java.awt.Dimension(picture.image().getWidth(), picture.image().getHeight());
        } else {
            return refuse(asset, UNREADABLE);
        }
        java.awt.Dimension source = PhotoMaker.upright(stored.width, stored.height, asset.source());
        double ratio = Math.min(1.0, Math.min((double) width / source.width, (double) height / source.height));
        int w = Math.max(1, (int) Math.round(source.width * ratio));
        int h = Math.max(1, (int) Math.round(source.height * ratio));
        String name = Slugs.of((folder + contentPath).replace('/', '-')) + "-" + width + "x" + height + ".jpg";
        java.nio.file.Path file = asset.source();
        scaled.put("screen/img/" + name, () -> PhotoMaker.copy(file, w, h)); // encoded by the render stage only
        return Optional.of("screen/img/" + name);
    }

    private Optional<String> refuse(Asset asset, String message) {
        problems.warning(SourcePosition.wholeFile(asset.display()), "screens/picture", message);
        return Optional.empty();
    }

    /**
     * The extension, lower case: a .jpg or .png no reader accepts is broken; a .webp is a
     * format Java does not decode at all, so it cannot be scaled.
     */
    private static String extension(String contentPath) {
        String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    }
}
