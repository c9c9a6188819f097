package org.branchpress.photo;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DirectColorModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The colour profile a photo embeds, and its pixels converted from it to sRGB. A camera or
 * phone that saves in Adobe RGB or Display P3 stores numbers that mean other colours than the
 * same numbers in sRGB; a browser shows a JPEG without a profile as sRGB. The published copies
 * carry no profile (no metadata at all), so their pixels are converted once, and they look as
 * the photo did. This is for PNGs (an iCCP chunk), which the JDK's reader decodes as if they
 * were sRGB: a JPEG's profile (RGB or CMYK) is applied by its reader, TwelveMonkeys'.
 */
final class Profiles {
    /** A profile larger than this is not one a camera writes: not read (a PNG's is compressed). */
    private static final int MOST = 4 * 1024 * 1024;

    private Profiles() {
    }

    /**
     * The RGB profile a PNG's iCCP chunk holds, when it is not sRGB; empty without one, or when
     * it cannot be read (the pixels are then taken as sRGB, as before).
     */
    static Optional<ICC_Profile> embedded(byte[] png) {
        byte[] data = iccp(png);
        if (data == null) {
            return Optional.empty();
        }
        ICC_Profile profile;
        try {
            profile = ICC_Profile.getInstance(data);
        } catch (IllegalArgumentException broken) {
            return Optional.empty();
        }
        return profile.getColorSpaceType() == ColorSpace.TYPE_RGB && !isSrgb(profile)
                ? Optional.of(profile) : Optional.empty();
    }

    /** {@code image} (TYPE_INT_RGB or TYPE_INT_ARGB, its numbers in {@code profile}) in sRGB. */
    static BufferedImage toSrgb(BufferedImage image, ICC_Profile profile) {
        boolean alpha = image.getColorModel().hasAlpha();
        DirectColorModel model = new DirectColorModel(new ICC_ColorSpace(profile), alpha ? 32 : 24,
                0xff0000, 0xff00, 0xff, alpha ? 0xff000000 : 0, false, java.awt.image.DataBuffer.TYPE_INT);
        BufferedImage tagged = new BufferedImage(model, image.getRaster(), false, null);
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        return new ColorConvertOp(null).filter(tagged, out);
    }

    /**
     * Whether {@code profile} gives the colours sRGB gives (the IEC 61966-2.1 profile a phone or
     * an editor embeds, under whatever name): then nothing is converted. Judged by the colours,
     * not the name: the JDK's own linear profile is called "linear sRGB".
     */
    private static boolean isSrgb(ICC_Profile profile) {
        ColorSpace space = new ICC_ColorSpace(profile);
        float[][] probes = {{0.25f, 0.25f, 0.25f}, {0.5f, 0.5f, 0.5f}, {0.75f, 0.75f, 0.75f}, {1, 0, 0}, {0, 1, 0},
                {0, 0, 1}, {0.2f, 0.5f, 0.8f}};
        try {
            for (float[] probe : probes) {
                float[] rgb = space.toRGB(probe);
                for (int i = 0; i < 3; i++) {
                    if (Math.abs(rgb[i] - probe[i]) > 1.5f / 255) {
                        return false;
                    }
                }
            }
            return true;
        } catch (RuntimeException unusable) { // a profile the colour engine refuses: leave the pixels as they are
            return true;
        }
    }

    /** The iCCP chunk's profile, inflated; null without. */
    private static byte[] iccp(byte[] b) {
        int i = 8;
        while (i + 8 <= b.length) {
            long length = ((b[i] & 0xffL) << 24) | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
            String type = new String(b, i + 4, 4, StandardCharsets.US_ASCII);
            int start = i + 8;
            if (length > b.length - start || type.equals("IDAT")) {
                return null;
            }
            if (type.equals("iCCP")) {
                int name = start;
                while (name < start + length && b[name] != 0) {
                    name++;
                }
                int from = name + 2; // the name's end, the compression method (0: zlib)
                return from > start + length ? null : inflate(b, from, (int) (start + length - from));
            }
            i = start + (int) length + 4;
        }
        return null;
    }

    private static byte[] inflate(byte[] b, int from, int length) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(b, from, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary()) || out.size() + n > MOST) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException broken) {
            return null;
        } finally {
            inflater.end();
        }
    }
}
