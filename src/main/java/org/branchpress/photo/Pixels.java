package org.branchpress.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Scaling and encoding, for the portal's photos and the screens' copies alike. ImageIO writes
 * only the metadata it is handed, and it is handed none: a JPEG gets its JFIF header, a PNG its
 * IHDR, pixels and end, nothing of the camera's.
 */
public final class Pixels {
    /** JPEG quality: at 0.85 a photo shows no blocks at the size it is shown. */
    private static final float QUALITY = 0.85f;

    private Pixels() {
    }

    /**
     * {@code image} at {@code w}×{@code h}: halving steps, then one bicubic step (sharper than
     * one big bicubic jump). A halving step is bilinear, which at exactly half the size is the
     * mean of each 2×2 block, and several times faster than bicubic in Java2D's loops. The first step draws from the decoded picture directly, so a large
     * photo is never copied at full size. {@code alpha} keeps transparency (PNG); without it a
     * transparent pixel becomes white, as JPEG has no transparency.
     */
    public static BufferedImage resize(BufferedImage image, int w, int h, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = image;
        while (current.getWidth() / 2 >= w && current.getHeight() / 2 >= h) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, type,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return current.getWidth() == w && current.getHeight() == h && current.getType() == type
                ? current : draw(current, w, h, type, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage image, int w, int h, int type, Object interpolation) {
        BufferedImage target = new BufferedImage(w, h, type);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (type == BufferedImage.TYPE_INT_RGB) {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
        }
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return target;
    }

    /** What reading a picture's pixels gave: the picture, or why there is none. */
    public sealed interface Decoded {
        record Picture(BufferedImage image) implements Decoded { }
        /** No reader knows the format. */
        record Unknown() implements Decoded { }
        /** More than {@link PhotoMaker#MAX_PIXELS}, known from the header alone. */
        record TooLarge(long width, long height) implements Decoded { }
        /** A reader took it and failed: broken, cut short, or not what its extension says. */
        record Broken() implements Decoded { }
        /** Within the pixel budget, its size read from the header; the pixels not decoded ({@link #measure}). */
        record Sized(int width, int height) implements Decoded { }
    }

    /** As {@link #decode}, from the header alone: {@link Decoded.Sized} where decode would read the pixels. */
    public static Decoded measure(javax.imageio.stream.ImageInputStream in) {
        return read(in, false);
    }

    /**
     * Whether a JPEG or PNG is whole: not cut short (a copy broken off, a download not finished).
     * Such a file fails to decode or decodes with a grey band where its end is missing, and
     * {@link #measure} reads no pixels to find out; so both refuse it by this rule alone.
     */
    static boolean whole(byte[] b, boolean png) {
        return png ? wholePng(b) : wholeJpeg(b);
    }

    /**
     * The segments up to the first scan are whole, and an end marker follows it (after which a
     * phone may append more: a motion photo's video). Inside a scan a 0xFF byte is always followed
     * by 0x00 or a restart marker, so FFD9 there is the end; a thumbnail's FFD9 sits in APP1, skipped.
     */
    private static boolean wholeJpeg(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xff) == 0xff) {
            int marker = b[i + 1] & 0xff;
            if (marker == 0xff || marker >= 0xd0 && marker <= 0xd7 || marker == 0x01) {
                i += marker == 0xff ? 1 : 2;
                continue;
            }
            int end = i + 2 + ((b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff));
            if (end > b.length) {
                return false;
            }
            if (marker == 0xda) {
                for (int j = end; j + 1 < b.length; j++) {
                    if (b[j] == (byte) 0xff && b[j + 1] == (byte) 0xd9) {
                        return true;
                    }
                }
                return false;
            }
            i = end;
        }
        return false;
    }

    /** The chunks are whole up to IEND, with at least one of pixels. */
    private static boolean wholePng(byte[] b) {
        int i = 8;
        boolean pixels = false;
        while (i + 12 <= b.length) {
            long length = ((b[i] & 0xffL) << 24) | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
            String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (length > b.length - i - 12L) {
                return false;
            }
            pixels |= type.equals("IDAT");
            if (type.equals("IEND")) {
                return pixels;
            }
            i += 12 + (int) length;
        }
        return false;
    }

    /** The pixels of a picture file's bytes, decoded only when within the pixel budget. */
    public static Decoded decode(javax.imageio.stream.ImageInputStream in) {
        return read(in, true);
    }

    private static Decoded read(javax.imageio.stream.ImageInputStream in, boolean pixels) {
        java.util.Iterator<javax.imageio.ImageReader> readers = in == null ? java.util.Collections.emptyIterator()
                : ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            return new Decoded.Unknown();
        }
        javax.imageio.ImageReader reader = readers.next();
        try {
            reader.setInput(in, true, true);
            long w = reader.getWidth(0);
            long h = reader.getHeight(0);
            if (w * h > PhotoMaker.MAX_PIXELS) {
                return new Decoded.TooLarge(w, h);
            }
            return pixels ? new Decoded.Picture(reader.read(0, reader.getDefaultReadParam()))
                    : new Decoded.Sized((int) w, (int) h);
        } catch (IOException | RuntimeException | OutOfMemoryError broken) {
            return new Decoded.Broken();
        } finally {
            reader.dispose();
        }
    }

    /** Into memory: an error here is ours, not the picture's. */
    public static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Lossless, no text chunks, no EXIF chunk. */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
