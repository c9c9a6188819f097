package org.branchpress.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.branchpress.content.Addresses;
import org.branchpress.content.Slugs;
import org.branchpress.site.Asset;

/**
 * Photos for screens, scaled at build time to the size the slide shows them: a cheap player
 * decoding a 12-megapixel photo every few seconds for weeks is how signage browsers die.
 * Pictures Java cannot read (SVG, WebP) are used as they are.
 */
final class ScreenImages {
    private final Map<String, Asset> assets;
    private final BiConsumer<String, byte[]> out;
    private final Map<String, String> done = new ConcurrentHashMap<>();

    ScreenImages(Map<String, Asset> assets, BiConsumer<String, byte[]> out) {
        this.assets = assets;
        this.out = out;
    }

    /** The address of {@code contentPath} scaled to fit {@code width}×{@code height}, written once. */
    String fit(String contentPath, int width, int height) {
        String key = contentPath + "@" + width + "x" + height;
        return done.computeIfAbsent(key, k -> scale(contentPath, width, height));
    }

    private String scale(String contentPath, int width, int height) {
        Asset asset = assets.get(contentPath);
        try {
            BufferedImage source = ImageIO.read(asset.source().toFile());
            if (source == null) {
                return Addresses.encodePath(asset.address());
            }
            double ratio = Math.min(1.0, Math.min((double) width / source.getWidth(), (double) height / source.getHeight()));
            int w = Math.max(1, (int) Math.round(source.getWidth() * ratio));
            int h = Math.max(1, (int) Math.round(source.getHeight() * ratio));
            BufferedImage scaled = resize(source, w, h);
            String name = Slugs.of(contentPath.replace('/', '-')) + "-" + width + "x" + height + ".jpg";
            out.accept("screen/img/" + name, jpeg(scaled));
            return "screen/img/" + name;
        } catch (IOException | RuntimeException unreadable) {
            return Addresses.encodePath(asset.address());
        }
    }

    /** Halving steps, then one bicubic step: sharper than one big bicubic jump. */
    private static BufferedImage resize(BufferedImage image, int w, int h) {
        BufferedImage current = toRgb(image);
        while (current.getWidth() / 2 >= w && current.getHeight() / 2 >= h) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == w && current.getHeight() == h ? current : draw(current, w, h);
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        return draw(image, image.getWidth(), image.getHeight());
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

    private static byte[] jpeg(BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

}
