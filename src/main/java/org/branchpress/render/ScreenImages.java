package org.branchpress.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

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
import org.branchpress.site.Asset;

/**
 * Photos for screens, scaled at build time to the size the slide shows them: a cheap player
 * decoding a 12-megapixel photo every few seconds for weeks is how signage browsers die.
 * Pictures Java cannot read (SVG, WebP) are used as they are. A picture that is too large to
 * decode safely, or that cannot be decoded, stays off the screens with a warning: never the
 * full-size original, which is what would kill the player.
 */
final class ScreenImages {
    /**
     * The most pixels a picture may have to be decoded: 60 megapixels (6000 万像素), about
     * 240 MB once decoded. The full-resolution mode of the common 50-megapixel phone cameras
     * (8160×6144, 50.1 MP) fits; a 1 MB PNG that declares 20000×20000 (400 MP, 1.6 GB decoded)
     * does not. Only the header is read to know it.
     */
    static final long MAX_PIXELS = 60_000_000L;
    private static final String UNREADABLE = "无法读取这张图片（文件已损坏、不完整或格式与扩展名不符），没有放到电视屏幕上："
            + "请在看图软件里打开检查，重新导出为 JPG 或 PNG 后再用。";

    private final Map<String, Asset> assets;
    private final BiConsumer<String, byte[]> out;
    private final Problems problems;
    private final Map<String, Optional<String>> done = new ConcurrentHashMap<>();

    /** @param problems where a picture kept off the screens is reported (warnings) */
    ScreenImages(Map<String, Asset> assets, BiConsumer<String, byte[]> out, Problems problems) {
        this.assets = assets;
        this.out = out;
        this.problems = problems;
    }

    /**
     * The address of {@code contentPath} scaled to fit {@code width}×{@code height}, written once;
     * empty when the picture must stay off the screens (a warning says why).
     */
    Optional<String> fit(String contentPath, int width, int height) {
        String key = contentPath + "@" + width + "x" + height;
        return done.computeIfAbsent(key, k -> scale(contentPath, width, height));
    }

    private Optional<String> scale(String contentPath, int width, int height) {
        Asset asset = assets.get(contentPath);
        BufferedImage source;
        try (ImageInputStream in = ImageIO.createImageInputStream(asset.source().toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return javaReads(contentPath) ? refuse(asset, UNREADABLE) : Optional.of(Addresses.encodePath(asset.address()));
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
        out.accept("screen/img/" + name, jpeg(resize(source, w, h)));
        return Optional.of("screen/img/" + name);
    }

    private Optional<String> refuse(Asset asset, String message) {
        problems.warning(SourcePosition.wholeFile(asset.display()), "screens/picture", message);
        return Optional.empty();
    }

    /** A .jpg or .png no reader accepts is broken; an .svg or .webp is one Java does not read at all. */
    private static boolean javaReads(String contentPath) {
        String ext = contentPath.substring(contentPath.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return ImageIO.getImageReadersBySuffix(ext).hasNext();
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
