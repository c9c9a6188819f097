package org.branchpress.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/**
 * A JPEG as a phone writes it, made in the test: ImageIO's pixels (the left half red, the right
 * blue, so a turn can be seen) and an EXIF APP1 segment written by hand with the camera's make
 * and model, an orientation and GPS coordinates (39°54′N 116°23′E).
 */
public final class PhoneJpeg {
    public static final String MAKE = "PhoneMaker";
    public static final String MODEL = "Model X9";

    private PhoneJpeg() {
    }

    /** {@code width}×{@code height} pixels as stored, with EXIF orientation {@code orientation}. */
    public static byte[] of(int width, int height, int orientation) {
        byte[] jpeg = picture(width, height, "jpeg");
        byte[] app1 = app1(orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);                      // SOI
        out.write(app1, 0, app1.length);            // EXIF right after it, as cameras put it
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A picture without any metadata, as ImageIO writes it ({@code "jpeg"} or {@code "png"}): left red, right blue. */
    public static byte[] picture(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return encoded(image, format);
    }

    /** {@code image} as ImageIO writes it, without metadata. */
    static byte[] encoded(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** FFE1, length, "Exif\0\0", then a little-endian TIFF: IFD0 (make, model, orientation, GPS pointer) and the GPS IFD. */
    private static byte[] app1(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        byte[] make = (MAKE + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] model = (MODEL + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int ifd0Size = 2 + 4 * 12 + 4;
        int makeAt = ifd0 + ifd0Size;
        int modelAt = makeAt + make.length;
        int gpsAt = modelAt + model.length + (modelAt + model.length) % 2;
        int gpsSize = 2 + 4 * 12 + 4;
        int latAt = gpsAt + gpsSize;
        int lonAt = latAt + 24;
        tiff.position(ifd0);
        tiff.putShort((short) 4);
        entry(tiff, 0x010F, 2, make.length, makeAt);           // Make, ASCII
        entry(tiff, 0x0110, 2, model.length, modelAt);         // Model, ASCII
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x8825, 4, 1, gpsAt);                      // GPS IFD pointer, LONG
        tiff.putInt(0);
        tiff.position(makeAt);
        tiff.put(make).put(model);
        tiff.position(gpsAt);
        tiff.putShort((short) 4);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0002, 5, 3, latAt);                      // GPSLatitude, RATIONAL ×3
        tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0004, 5, 3, lonAt);                      // GPSLongitude
        tiff.putInt(0);
        tiff.position(latAt);
        tiff.putInt(39).putInt(1).putInt(54).putInt(1).putInt(0).putInt(1);
        tiff.putInt(116).putInt(1).putInt(23).putInt(1).putInt(0).putInt(1);
        int tiffLength = lonAt + 24;
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + tiffLength).order(ByteOrder.BIG_ENDIAN);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiffLength));
        segment.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        segment.put(tiff.array(), 0, tiffLength);
        return segment.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int offset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }
}
