package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.branchpress.TestSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures a TV screen must not get: a small PNG whose header declares 20000×20000 pixels (an
 * image bomb: 1.6 GB once decoded), random bytes named .jpg, a PNG cut off in its pixel data,
 * a WebP (which cannot be scaled here: its full size is never shipped instead). Each is a
 * warning naming the file and stays off the screens; the build still succeeds. The pictures
 * are planned with the model, so {@code check} reports the very same warnings. An SVG has no
 * pixels to scale and is shown as it is.
 */
public class ScreenSitePicturesTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static TestSite.Run run;
    static TestSite.Run check;
    static long seconds;

    @BeforeAll
    static void build() {
        byte[] noise = new byte[2048];
        new Random(3).nextBytes(noise);
        byte[] good = png(400, 300);
        site = new TestSite(dir)
                .settings("""
                        screens:
                          - id: lobby
                            playlist:
                              - honors: {latest: 1}
                              - image: {src: media/huge.png}
                              - image: {src: media/ok.png}
                              - image: {src: media/poster.webp}
                              - image: {src: media/logo.svg}
                        """)
                .file("honors/stars.md", """
                        ---
                        title: 2026年度“党员之星”
                        date: 2026-10-30
                        kind: 党员之星
                        entries:
                          - name: 巨图
                            photo: media/huge.png
                          - name: 坏图
                            photo: media/broken.jpg
                          - name: 半图
                            photo: media/cut.png
                          - name: 好图
                            photo: media/ok.png
                          - name: 新图
                            photo: media/poster.webp
                        ---
                        """)
                .bytes("media/huge.png", declaring(png(64, 64), 20000, 20000))
                .bytes("media/broken.jpg", noise)
                .bytes("media/cut.png", Arrays.copyOf(noisyPng(), noisyPng().length * 2 / 3))
                .bytes("media/ok.png", good)
                .bytes("media/poster.webp", webp(noise))
                .file("media/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>\n");
        long start = System.nanoTime();
        run = site.build("--today", "2026-11-22");
        seconds = (System.nanoTime() - start) / 1_000_000_000;
        check = site.check("--today", "2026-11-22");
    }

    /** A RIFF/WEBP header over noise: a WebP to any browser's sniffing, and no reader Java has decodes it. */
    private static byte[] webp(byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + payload.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(4 + 8 + payload.length)
                .put("WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(payload.length).put(payload);
        return b.array();
    }

    public static byte[] png(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
    }

    /** Noise does not compress, so cutting the file off cuts into the pixel data, after a sound header. */
    private static byte[] noisyPng() {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(5);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return encode(image);
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same PNG with another width and height in its IHDR chunk (bytes 16–23, after the
     * signature, the chunk's length and its type) and the chunk's CRC made right again, so that
     * a reader trusts the header.
     */
    static byte[] declaring(byte[] png, int width, int height) {
        byte[] patched = png.clone();
        ByteBuffer buffer = ByteBuffer.wrap(patched);
        assertThat(new String(patched, 12, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        buffer.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(patched, 12, 4 + 13);
        buffer.putInt(29, (int) crc.getValue());
        return patched;
    }

    private static List<Path> screenFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(site.output().resolve("screen"))) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static Element card(String name) {
        return LinkCheck.parse(site.output().resolve("screen/lobby/index.html")).select(".card").stream()
                .filter(c -> c.select(".card-name").text().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theBuildSucceedsWithAWarningNamingEachPicture() {
        assertThat(run.status()).as(run.err()).isZero();
        // a picture over the budget or broken is left out of the whole site (PhotoMaker): warned once, for the site
        assertThat(run.err()).contains("content/media/huge.png:1:1: warning: 图片尺寸过大（20000×20000 像素，超过 6000 万像素的上限），"
                        + "没有发布到网站上：请在看图软件里把图片缩小（例如宽 4000 像素）后再用。")
                .contains("content/media/broken.jpg:1:1: warning: 无法读取这张图片")
                .contains("content/media/cut.png:1:1: warning: 无法读取这张图片")
                .contains("content/media/poster.webp:1:1: warning: 电视屏幕用的图片要先缩小，这种格式（.webp）无法缩小，"
                        + "没有放到电视屏幕上：请另存为 JPG 或 PNG 后再用。")
                .doesNotContain("content/media/ok.png").doesNotContain("content/media/logo.svg")
                .doesNotContain("Exception");
        assertThat(run.err().lines().filter(l -> l.contains("content/media/huge.png"))).hasSize(1);
    }

    @Test
    void checkWarnsAboutEachPictureExactlyAsTheBuildDoes() {
        assertThat(check.status()).as(check.err()).isZero();
        assertThat(pictureWarnings(check.out() + check.err())).isNotEmpty()
                .containsExactlyElementsOf(pictureWarnings(run.err()));
    }

    private static List<String> pictureWarnings(String output) {
        return output.lines().filter(l -> l.startsWith("content/media/")).sorted().toList();
    }

    @Test
    void aWebpIsNeverShippedFullSizeToTheScreens() throws IOException {
        byte[] webp = Files.readAllBytes(site.content().resolve("media/poster.webp"));
        for (Path file : screenFiles()) {
            assertThat(Files.readAllBytes(file)).isNotEqualTo(webp);
            if (file.toString().endsWith(".html")) {
                assertThat(Files.readString(file)).doesNotContain("poster.webp");
            }
        }
        assertThat(card("新图").select("svg.portrait")).hasSize(1);
    }

    @Test
    void theImageBombIsNeverDecodedNorShippedToTheScreens() throws IOException {
        // Decoding 20000×20000 pixels would take gigabytes and many seconds: the header alone refused it.
        assertThat(seconds).isLessThan(20);
        byte[] huge = Files.readAllBytes(site.content().resolve("media/huge.png"));
        for (Path file : screenFiles()) {
            assertThat(file.getFileName().toString()).doesNotContain("huge").doesNotContain("broken").doesNotContain("cut");
            assertThat(Files.readAllBytes(file)).isNotEqualTo(huge);
            if (file.toString().endsWith(".html")) {
                assertThat(Files.readString(file)).doesNotContain("huge.png").doesNotContain("broken.jpg")
                        .doesNotContain("cut.png");
            }
        }
    }

    @Test
    void anHonoreeWhosePhotoCannotBeShownGetsTheGeneratedPortrait() {
        for (String name : List.of("巨图", "坏图", "半图")) {
            assertThat(card(name).select("svg.portrait")).as(name).hasSize(1);
            assertThat(card(name).select("img")).as(name).isEmpty();
        }
        Element photo = card("好图").selectFirst("img");
        assertThat(photo.attr("src") + photo.attr("data-src")).contains("screen/img/media-ok");
    }

    @Test
    void anImageSlideWhosePictureCannotBeShownIsLeftOutAndAnSvgIsShownAsItIs() {
        List<Element> posters = LinkCheck.parse(site.output().resolve("screen/lobby/index.html"))
                .select("section.slide-image");
        assertThat(posters).extracting(p -> p.select("img").attr("src") + p.select("img").attr("data-src"))
                .satisfiesExactly(ok -> assertThat(ok).contains("screen/img/media-ok"),
                        svg -> assertThat(svg).endsWith("media/logo.svg"));
        assertThat(LinkCheck.brokenLinks(site.output())).isEmpty();
    }
}
