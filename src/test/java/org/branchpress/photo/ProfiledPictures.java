package org.branchpress.photo;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Pictures as colour-managed software saves them, built in memory: a JPEG or PNG whose numbers
 * are in an embedded RGB profile, and a CMYK JPEG as Photoshop saves it for print (Adobe
 * marker, inverted inks, an embedded CMYK profile). The CMYK profile is made here too, so the
 * whole input is in the test: a lut16 from CMYK to Lab with two points a channel, in which each
 * ink takes away its third of the light and black all of it.
 */
final class ProfiledPictures {
    private ProfiledPictures() {
    }

    /** {@code width}×{@code height} of the one colour {@code rgb}, with {@code icc} in APP2 segments. */
    static byte[] jpegIn(byte[] icc, int width, int height, int rgb) {
        return withSegment(PhoneJpeg.encoded(plain(width, height, rgb), "jpeg"), app2(icc));
    }

    /** The same as a PNG with an iCCP chunk after IHDR. */
    static byte[] pngIn(byte[] icc, int width, int height, int rgb) {
        byte[] png = PhoneJpeg.encoded(plain(width, height, rgb), "png");
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes("test\0".getBytes(StandardCharsets.US_ASCII));
        chunk.write(0); // zlib
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(deflated)) {
            z.write(icc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk.writeBytes(deflated.toByteArray());
        int afterIhdr = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        out.writeBytes(pngChunk("iCCP", chunk.toByteArray()));
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    static byte[] pngChunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 4, 4 + data.length);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** The JDK's linear-light RGB profile: a real, non-sRGB RGB profile every JDK has. */
    static byte[] linearRgb() {
        return java.awt.color.ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
    }

    /**
     * A CMYK JPEG as Photoshop saves it: the Adobe marker (transform 0: CMYK as it is), inks
     * stored inverted (255: no ink), the profile {@link #cmykProfile()} in APP2. Left half
     * magenta and yellow inks (red), right half no ink (white paper).
     */
    static byte[] cmykJpeg(int width, int height) {
        WritableRaster r = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] ink = x < width / 2 ? new int[] {0, 255, 255, 0} : new int[] {0, 0, 0, 0};
                r.setPixel(x, y, new int[] {255 - ink[0], 255 - ink[1], 255 - ink[2], 255 - ink[3]});
            }
        }
        ImageWriter writer = jdk(ImageIO.getImageWritersByFormatName("jpeg"));
        try {
            byte[] plain = write(writer, new IIOImage(r, null, null));
            ImageReader reader = jdk(ImageIO.getImageReadersByFormatName("jpeg"));
            reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(plain)));
            IIOMetadata metadata = reader.getImageMetadata(0);
            IIOMetadataNode tree = (IIOMetadataNode) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            IIOMetadataNode markers = (IIOMetadataNode) tree.getElementsByTagName("markerSequence").item(0);
            IIOMetadataNode adobe = new IIOMetadataNode("app14Adobe");
            adobe.setAttribute("transform", "0");
            markers.insertBefore(adobe, markers.getFirstChild());
            metadata.setFromTree("javax_imageio_jpeg_image_1.0", tree);
            return withSegment(write(writer, new IIOImage(r, null, metadata)), app2(cmykProfile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CMYK → Lab (ICC v2, output class): each corner of the ink cube the Lab of its RGB (1−C)(1−K)…. */
    static byte[] cmykProfile() {
        ByteBuffer lut = ByteBuffer.allocate(52 + 4 * 2 * 2 + 16 * 3 * 2 + 3 * 2 * 2);
        lut.put("mft2".getBytes(StandardCharsets.US_ASCII)).putInt(0).put((byte) 4).put((byte) 3).put((byte) 2).put((byte) 0);
        for (int e : new int[] {1, 0, 0, 0, 1, 0, 0, 0, 1}) {
            lut.putInt(e << 16);
        }
        lut.putShort((short) 2).putShort((short) 2);
        for (int i = 0; i < 4; i++) {
            lut.putShort((short) 0).putShort((short) 0xFFFF);
        }
        ColorSpace srgb = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        for (int n = 0; n < 16; n++) {
            float c = (n >> 3) & 1;
            float m = (n >> 2) & 1;
            float y = (n >> 1) & 1;
            float k = n & 1;
            float[] xyz = srgb.toCIEXYZ(new float[] {(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)});
            double fx = f(xyz[0] / 0.9642);
            double fy = f(xyz[1]);
            double fz = f(xyz[2] / 0.8249);
            lut.putShort((short) Math.round((116 * fy - 16) * 652.80))
                    .putShort((short) Math.round((500 * (fx - fy) + 128) * 256))
                    .putShort((short) Math.round((200 * (fy - fz) + 128) * 256));
        }
        for (int i = 0; i < 3; i++) {
            lut.putShort((short) 0).putShort((short) 0xFFFF);
        }
        byte[] name = "Test CMYK\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer desc = ByteBuffer.allocate(pad(12 + name.length + 8 + 3 + 67));
        desc.put("desc".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(name.length).put(name);
        ByteBuffer white = ByteBuffer.allocate(20);
        white.put("XYZ ".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(s15(0.9642)).putInt(s15(1.0)).putInt(s15(0.8249));
        byte[][] tags = {desc.array(), white.array(), lut.array()};
        String[] signatures = {"desc", "wtpt", "A2B0"};
        int offset = 128 + 4 + 12 * tags.length;
        int size = offset;
        for (byte[] t : tags) {
            size += pad(t.length);
        }
        ByteBuffer p = ByteBuffer.allocate(size);
        p.putInt(size).putInt(0).putInt(0x02100000).put("prtrCMYKLab ".getBytes(StandardCharsets.US_ASCII));
        p.position(36);
        p.put("acsp".getBytes(StandardCharsets.US_ASCII));
        p.position(68);
        p.putInt(s15(0.9642)).putInt(s15(1.0)).putInt(s15(0.8249));
        p.position(128);
        p.putInt(tags.length);
        int at = offset;
        for (int i = 0; i < tags.length; i++) {
            p.put(signatures[i].getBytes(StandardCharsets.US_ASCII)).putInt(at).putInt(tags[i].length);
            at += pad(tags[i].length);
        }
        for (byte[] t : tags) {
            p.put(t);
            p.position(p.position() + pad(t.length) - t.length);
        }
        return p.array();
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static int pad(int n) {
        return (n + 3) & ~3;
    }

    private static int s15(double v) {
        return (int) Math.round(v * 65536);
    }

    private static BufferedImage plain(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    private static byte[] app2(byte[] icc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int length = 2 + 14 + icc.length;
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) (length >> 8), (byte) length});
        out.writeBytes("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII));
        out.write(1); // this chunk
        out.write(1); // of one
        out.writeBytes(icc);
        return out.toByteArray();
    }

    /** {@code segment} right after the JPEG's SOI. */
    private static byte[] withSegment(byte[] jpeg, byte[] segment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segment);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] write(ImageWriter writer, IIOImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, image, null);
        }
        return out.toByteArray();
    }

    /** The JDK's own reader or writer: it writes the Adobe marker from metadata, TwelveMonkeys' may differ. */
    private static <T> T jdk(java.util.Iterator<T> all) {
        while (all.hasNext()) {
            T t = all.next();
            if (t.getClass().getName().startsWith("com.sun.")) {
                return t;
            }
        }
        throw new IllegalStateException("no JDK JPEG codec");
    }
}
