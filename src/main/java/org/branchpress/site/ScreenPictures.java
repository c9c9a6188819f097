package org.branchpress.site;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.branchpress.content.Addresses;
import org.branchpress.content.Slugs;
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
    /**
     * The most pixels a picture may have to be decoded: 60 megapixels (6000 万像素), about
     * 240 MB once decoded. The full-resolution mode of the common 50-megapixel phone cameras
     * (8160×6144, 50.1 MP) fits; a 1 MB PNG that declares 20000×20000 (400 MP, 1.6 GB decoded)
     * does not. Only the header is read to know it.
     */
    static final long MAX_PIXELS = 60_000_000L;
    private static final String UNREADABLE = "无法读取这张图片（文件已损坏、不完整或格式与扩展名不符），没有放到电视屏幕上："
            + "请在看图软件里打开检查，重新导出为 JPG 或 PNG 后再用。";
    private static final String UNSCALABLE = "电视屏幕用的图片要先缩小，这种格式（%s）无法缩小，没有放到电视屏幕上："
            + "请另存为 JPG 或 PNG 后再用。";

    private final Map<String, Asset> assets;
    private final Problems problems;
    /** content path and size → the address shown, or empty: each picture decided once per size. */
    private final Map<String, Optional<String>> done = new LinkedHashMap<>();
    private final Map<String, byte[]> scaled = new LinkedHashMap<>();

    /** @param problems where a picture kept off the screens is reported (warnings) */
    ScreenPictures(Map<String, Asset> assets, Problems problems) {
        this.assets = assets;
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

    /** The scaled copies planned so far: address in the site → JPEG bytes, for the render stage to write. */
    Map<String, byte[]> scaled() {
        return Collections.unmodifiableMap(scaled);
    }

    private Optional<String> scale(String contentPath, int width, int height) {
        Asset asset = assets.get(contentPath);
        BufferedImage source;
        try (ImageInputStream in = ImageIO.createImageInputStream(asset.source().toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                String ext = extension(contentPath);
                return ext.equals("svg") ? Optional.of(Addresses.encodePath(asset.address()))
                        : refuse(asset, ImageIO.getImageReadersBySuffix(ext).hasNext() ? UNREADABLE
                        : String.format(UNSCALABLE, ext.isEmpty() ? "没有扩展名" : "." + ext));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w * h > MAX_PIXELS) {
                    return refuse(asset, "图片尺寸过大（" + w + "×" + h + " 像素，超过 " + MAX_PIXELS / 10_000
                            + " 万像素的上限），没有放到电视屏幕上：请把图片缩小后再用。");
                }
                source = reader.read(0, reader.getDefaultReadParam());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return refuse(asset, UNREADABLE);
        }
        double ratio = Math.min(1.0, Math.min((double) width / source.getWidth(), (double) height / source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * ratio));
        int h = Math.max(1, (int) Math.round(source.getHeight() * ratio));
        String name = Slugs.of(contentPath.replace('/', '-')) + "-" + width + "x" + height + ".jpg";
        scaled.put("screen/img/" + name, jpeg(resize(source, w, h)));
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

    /**
     * Halving steps, then one bicubic step: sharper than one big bicubic jump. The first step
     * draws from the decoded picture directly, so a large photo is never copied at full size.
     */
    private static BufferedImage resize(BufferedImage image, int w, int h) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= w && current.getHeight() / 2 >= h) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == w && current.getHeight() == h && current.getType() == BufferedImage.TYPE_INT_RGB
                ? current : draw(current, w, h);
    }

    private static BufferedImage draw(BufferedImage image, int w, int h) {
        BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return target;
    }

    /** Into memory: an error here is ours, not the picture's. */
    private static byte[] jpeg(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

}
