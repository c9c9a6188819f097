package org.branchpress.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo whose numbers mean colours of an embedded profile is published in sRGB, with no
 * profile and no metadata; a CMYK JPEG as print shops send it is published as an sRGB JPEG,
 * not left out. The pictures are built in memory ({@link ProfiledPictures}).
 */
class ColourProfilesTest {
    private static final int BLUEISH = 0x406080;

    @TempDir
    Path dir;

    private TestSite siteWith(String file, byte[] photo) {
        return new TestSite(dir).settings("").bytes("media/" + file, photo)
                .file("activities/a.md", """
                        ---
                        title: 主题党日
                        date: 2026-03-15
                        type: 主题党日
                        attendees: [王伟]
                        ---
                        ![合影](../media/%s)
                        """.formatted(file));
    }

    /** {@code rgb} taken as linear-light RGB, in sRGB: what ColorConvertOp makes of the one pixel. */
    private static int[] linearInSrgb(int rgb) {
        WritableRaster in = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 1, 1, 3, null);
        in.setPixel(0, 0, new int[] {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff});
        WritableRaster out = in.createCompatibleWritableRaster();
        new ColorConvertOp(ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB), ColorSpace.getInstance(ColorSpace.CS_sRGB),
                null).filter(in, out);
        return out.getPixel(0, 0, (int[]) null);
    }

    private static void assertNear(int published, int[] expected, int tolerance) {
        Color c = new Color(published);
        assertThat(new int[] {c.getRed(), c.getGreen(), c.getBlue()}).satisfies(got -> {
            for (int i = 0; i < 3; i++) {
                assertThat(Math.abs(got[i] - expected[i])).as("channel %d: %d against %d", i, got[i], expected[i])
                        .isLessThanOrEqualTo(tolerance);
            }
        });
    }

    private static void assertNoProfileNorMetadata(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(PublishedPhotosTest.metadataOf(bytes)).isEmpty();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("ICC_PROFILE").doesNotContain("iCCP").doesNotContain("acsp");
    }

    @Test
    void aJpegInAnotherProfileIsConvertedToSrgb() throws Exception {
        int[] expected = linearInSrgb(BLUEISH);
        assertThat(expected[0]).as("the profile moves the colour far: a test that can fail").isGreaterThan(0x40 + 40);
        TestSite site = siteWith("a.jpg", ProfiledPictures.jpegIn(ProfiledPictures.linearRgb(), 600, 400, BLUEISH));
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        for (String copy : new String[] {"media/a.jpg", "media/a-240w.jpg"}) {
            BufferedImage published = ImageIO.read(site.output().resolve(copy).toFile());
            assertNear(published.getRGB(published.getWidth() / 2, published.getHeight() / 2), expected, 4);
            assertNoProfileNorMetadata(site.output().resolve(copy));
        }
    }

    @Test
    void aPngInAnotherProfileIsConvertedToSrgb() throws Exception {
        TestSite site = siteWith("a.png", ProfiledPictures.pngIn(ProfiledPictures.linearRgb(), 300, 200, BLUEISH));
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        BufferedImage published = ImageIO.read(site.output().resolve("media/a.png").toFile());
        assertNear(published.getRGB(150, 100), linearInSrgb(BLUEISH), 1); // lossless: only rounding
        assertNoProfileNorMetadata(site.output().resolve("media/a.png"));
    }

    @Test
    void aCmykJpegIsPublishedAsAnSrgbJpeg() throws Exception {
        TestSite site = siteWith("print.jpg", ProfiledPictures.cmykJpeg(400, 200));
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("无法读取").doesNotContain("print.jpg");
        Path file = site.output().resolve("media/print.jpg");
        var reader = ImageIO.getImageReaders(ImageIO.createImageInputStream(file.toFile())).next();
        reader.setInput(ImageIO.createImageInputStream(file.toFile()));
        assertThat(reader.getRawImageType(0).getColorModel().getNumComponents()).as("RGB, not CMYK").isEqualTo(3);
        BufferedImage published = reader.read(0);
        assertNear(published.getRGB(100, 100), new int[] {255, 0, 0}, 12);   // magenta and yellow inks
        assertNear(published.getRGB(300, 100), new int[] {255, 255, 255}, 6); // paper
        assertNoProfileNorMetadata(file);
        assertThat(site.read("activities/a/index.html")).contains("print-240w.jpg 240w");
    }
}
