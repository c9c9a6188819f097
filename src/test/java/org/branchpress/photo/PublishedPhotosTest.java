package org.branchpress.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos of content/ are published without the camera's metadata, upright, and at the widths
 * their pages' srcset names: phone JPEGs with a hand-written EXIF segment (make, model,
 * orientation, GPS) built into inline sites.
 */
class PublishedPhotosTest {
    private static final Pattern SRCSET = Pattern.compile("<img src=\"([^\"]+)\"[^>]*? srcset=\"([^\"]+)\" sizes=\"[^\"]+\"");

    @TempDir
    Path dir;

    private TestSite siteWith(byte[] photo, String settings) {
        return new TestSite(dir).settings(settings)
                .bytes("media/2026/a.jpg", photo)
                .file("activities/a.md", """
                        ---
                        title: 主题党日
                        date: 2026-03-15
                        type: 主题党日
                        attendees: [王伟, 李强]
                        photos: [media/2026/a.jpg]
                        ---
                        参观纪念馆。

                        ![合影](../media/2026/a.jpg)
                        """);
    }

    @Test
    void theTestPhotoCarriesWhatAPhoneWrites() throws Exception {
        Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(PhoneJpeg.of(40, 30, 6)));
        assertThat(m.getFirstDirectoryOfType(com.drew.metadata.exif.GpsDirectory.class).getGeoLocation())
                .isNotNull();
        assertThat(m.getFirstDirectoryOfType(com.drew.metadata.exif.ExifIFD0Directory.class).getString(0x0110))
                .isEqualTo(PhoneJpeg.MODEL);
    }

    @Test
    void noPublishedFileKeepsGpsOrTheDeviceAndThePhotoIsUpright() throws Exception {
        byte[] original = PhoneJpeg.of(3200, 2400, 6);
        TestSite site = siteWith(original, "");
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("content/media/2026/a.jpg:1:1: warning: 照片含有拍摄位置信息，已去除")
                .contains("照片 1 张（去除元数据 1 张，节省 ");

        List<Path> media = files(site.output().resolve("media"));
        assertThat(media).hasSize(4); // 240, 480, 960 and the widest at the photo's own address
        for (Path f : media) {
            byte[] bytes = Files.readAllBytes(f);
            assertThat(metadataOf(bytes)).as(f.toString()).isEmpty();
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(PhoneJpeg.MAKE)
                    .doesNotContain(PhoneJpeg.MODEL).doesNotContain("Exif");
        }
        byte[] widest = Files.readAllBytes(site.output().resolve("media/2026/a.jpg"));
        assertThat(widest.length).isLessThan(original.length);
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(widest));
        assertThat(upright.getHeight()).as("orientation 6 turned: taller than wide").isGreaterThan(upright.getWidth());
        assertThat(upright.getWidth()).isEqualTo(1600);
        // turned clockwise, the stored left half (red) is now the top half
        assertThat(new java.awt.Color(upright.getRGB(800, 100)).getRed()).isGreaterThan(200);
        assertThat(new java.awt.Color(upright.getRGB(800, upright.getHeight() - 100)).getBlue()).isGreaterThan(200);
    }

    @Test
    void everyWidthTheSrcsetNamesIsAFileOfThatWidth() throws Exception {
        TestSite site = siteWith(PhoneJpeg.of(2000, 1500, 1), "");
        assertThat(site.build().status()).isZero();
        Path page = site.output().resolve("activities/a/index.html");
        String html = Files.readString(page);
        Matcher m = SRCSET.matcher(html);
        int images = 0;
        while (m.find()) {
            images++;
            for (String candidate : m.group(2).split(", ")) {
                String[] parts = candidate.split(" ");
                Path file = page.getParent().resolve(parts[0]).normalize();
                assertThat(file).as(candidate).exists();
                BufferedImage copy = ImageIO.read(file.toFile());
                assertThat(copy.getWidth() + "w").isEqualTo(parts[1]);
            }
            assertThat(m.group(2)).contains(m.group(1) + " 1600w");
        }
        assertThat(images).as("the photo grid's and the body's img").isEqualTo(2);
    }

    @Test
    void aFileOfTheOfficersNamedLikeACopyIsPublishedAsTheirsNotOverwritten() throws Exception {
        TestSite site = siteWith(PhoneJpeg.of(2000, 1500, 1), "").bytes("media/2026/a-240w.jpg",
                PhoneJpeg.picture(100, 50, "jpeg"));
        assertThat(site.build().status()).isZero();
        assertThat(ImageIO.read(site.output().resolve("media/2026/a-240w.jpg").toFile()).getWidth()).isEqualTo(100);
        assertThat(site.read("activities/a/index.html")).doesNotContain("a-240w.jpg 240w").contains("a-480w.jpg 480w");
    }

    @Test
    void keepOriginalPublishesTheFullSizeStillStripped() throws Exception {
        TestSite site = siteWith(PhoneJpeg.of(2400, 1800, 1), "images: {keep_original: true}\n");
        assertThat(site.build().status()).isZero();
        byte[] widest = Files.readAllBytes(site.output().resolve("media/2026/a.jpg"));
        assertThat(ImageIO.read(new ByteArrayInputStream(widest)).getWidth()).isEqualTo(2400);
        assertThat(metadataOf(widest)).isEmpty();
        assertThat(site.read("activities/a/index.html")).contains("a.jpg 2400w");
    }

    @Test
    void aWrongKeepOriginalIsAnErrorAtItsLine() {
        TestSite site = siteWith(PhoneJpeg.of(40, 30, 1), "images:\n  keep_original: 是\n");
        TestSite.Run run = site.build();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.firstError()).startsWith("content/site.yaml:4:").contains("keep_original").contains("true 或 false");
    }

    @Test
    void aBrokenJpegIsLeftOutWithAWarningAndNoStackTrace() {
        byte[] cut = java.util.Arrays.copyOf(PhoneJpeg.of(400, 300, 1), 700);
        TestSite site = siteWith(cut, "");
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("content/media/2026/a.jpg:1:1: warning: 无法读取这张图片")
                .contains("没有发布到网站上").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(site.exists("media/2026/a.jpg")).isFalse();
        assertThat(site.read("activities/a/index.html")).as("no broken image: the body keeps the alt text")
                .doesNotContain("a.jpg").contains("合影");
    }

    @Test
    void aRawHtmlImgOfAPhotoGetsItsCopiesAsAMarkdownImageDoes() throws Exception {
        TestSite site = new TestSite(dir).settings("")
                .bytes("media/2026/a.jpg", PhoneJpeg.of(2000, 1500, 1))
                .bytes("media/2026/cut.jpg", java.util.Arrays.copyOf(PhoneJpeg.of(400, 300, 1), 700))
                .file("cases/c.md", """
                        ---
                        title: 案例
                        date: 2026-03-15
                        ---
                        从 WPS 粘贴的图片：

                        <p><img src="../media/2026/a.jpg" alt="合影" width="600" srcset="../media/2026/a.jpg 2x"></p>

                        行内 <img src='../media/2026/cut.jpg' alt="坏图"/> 一张坏图。
                        """);
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        String html = site.read("cases/c/index.html");
        assertThat(html).contains("<img src=\"../../media/2026/a.jpg\" alt=\"合影\" width=\"600\" srcset=\""
                + "../../media/2026/a-240w.jpg 240w, ../../media/2026/a-480w.jpg 480w, ../../media/2026/a-960w.jpg 960w, "
                + "../../media/2026/a.jpg 1600w\" sizes=\"(max-width: 840px) 100vw, 800px\">");
        assertThat(html).as("the written srcset is replaced").doesNotContain(" 2x");
        assertThat(html).as("a picture left out: its alt text, no broken image").contains("行内 坏图 一张坏图")
                .doesNotContain("cut.jpg");
    }

    @Test
    void theScreensCopiesCarryNoMetadataEither() throws Exception {
        TestSite site = siteWith(PhoneJpeg.of(1600, 1200, 6), """
                screens:
                  - id: lobby
                    playlist:
                      - image: {src: media/2026/a.jpg}
                """);
        assertThat(site.build().status()).isZero();
        List<Path> copies = files(site.output().resolve("screen/img"));
        assertThat(copies).isNotEmpty();
        for (Path f : copies) {
            assertThat(metadataOf(Files.readAllBytes(f))).as(f.toString()).isEmpty();
            BufferedImage copy = ImageIO.read(f.toFile());
            assertThat(copy.getHeight()).as("upright on the screen too").isGreaterThan(copy.getWidth());
        }
    }

    /** The directories that would identify a camera, a place or a person: EXIF (GPS, maker notes), XMP, IPTC. */
    static List<String> metadataOf(byte[] bytes) throws Exception {
        Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
        List<String> found = new java.util.ArrayList<>();
        for (Directory d : m.getDirectories()) {
            if (PhotoMaker.hasMetadata(only(d))) {
                found.add(d.getName());
            }
        }
        return found;
    }

    private static Metadata only(Directory d) {
        Metadata m = new Metadata();
        m.addDirectory(d);
        return m;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
