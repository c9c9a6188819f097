package org.branchpress.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} measures photos from their headers and makes no copy, yet reports what
 * {@code build} reports and sizes them as build does: the same problems for the same folder,
 * and {@link PhotoMaker#measure} decides as {@link PhotoMaker#make} on files cut short anywhere.
 */
class CheckedPhotosTest {
    @TempDir
    Path dir;

    /** A PNG whose header says 20000×20000 (400 megapixels): over the budget, never decoded. */
    private static byte[] hugePngHeader() {
        byte[] png = PhoneJpeg.picture(4, 4, "png");
        byte[] ihdr = Arrays.copyOfRange(png, 16, 16 + 13);
        ByteBuffer.wrap(ihdr).putInt(20000).putInt(20000);
        byte[] out = png.clone();
        System.arraycopy(ProfiledPictures.pngChunk("IHDR", ihdr), 0, out, 8, 25);
        return out;
    }

    @Test
    void checkReportsThePhotoProblemsBuildReports() {
        TestSite site = new TestSite(dir).settings("""
                screens:
                  - id: lobby
                    playlist:
                      - image: {src: media/gps.jpg}
                      - image: {src: media/plain.png}
                """)
                .bytes("media/gps.jpg", PhoneJpeg.of(1200, 900, 6))
                .bytes("media/broken.jpg", "这不是图片".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .bytes("media/cut.png", Arrays.copyOf(PhoneJpeg.picture(300, 200, "png"), 60))
                .bytes("media/huge.png", hugePngHeader())
                .bytes("media/plain.png", PhoneJpeg.picture(300, 200, "png"))
                .file("activities/a.md", """
                        ---
                        title: 主题党日
                        date: 2026-03-15
                        type: 主题党日
                        attendees: [王伟]
                        photos: [media/gps.jpg, media/plain.png]
                        ---
                        ![合影](../media/gps.jpg)
                        """);
        TestSite.Run checked = site.check();
        TestSite.Run built = site.build();
        assertThat(built.status()).as(built.err()).isZero();
        List<String> buildProblems = problems(built.err());
        assertThat(buildProblems).anyMatch(l -> l.startsWith("content/media/gps.jpg:1:1: warning: 照片含有拍摄位置信息"))
                .anyMatch(l -> l.startsWith("content/media/broken.jpg:1:1: warning: 无法读取这张图片"))
                .anyMatch(l -> l.startsWith("content/media/cut.png:1:1: warning: 无法读取这张图片"))
                .anyMatch(l -> l.startsWith("content/media/huge.png:1:1: warning: 图片尺寸过大（20000×20000 像素"))
                .noneMatch(l -> l.contains("plain.png"));
        assertThat(problems(checked.out() + checked.err())).isEqualTo(buildProblems);
        assertThat(site.read("activities/a/index.html")).contains("gps-480w.jpg 480w").contains("gps.jpg 900w"); // upright
    }

    @Test
    void measuringDecidesAsMakingOnFilesCutShortAnywhere() throws Exception {
        Random random = new Random(19);
        PhotoMaker maker = new PhotoMaker(false);
        byte[][] photos = {PhoneJpeg.of(320, 240, 6), PhoneJpeg.picture(320, 240, "png"),
                ProfiledPictures.cmykJpeg(64, 32)};
        for (int n = 0; n < 120; n++) {
            byte[] whole = photos[n % photos.length];
            int length = n < photos.length ? whole.length : random.nextInt(whole.length);
            String name = (n % photos.length == 1 ? "p" : "j") + n + (n % photos.length == 1 ? ".png" : ".jpg");
            Path file = Files.write(dir.resolve(name), Arrays.copyOf(whole, length));
            PhotoSource source = new PhotoSource("media/" + name, file, "content/media/" + name);
            Made made = maker.make(source);
            Made measured = maker.measure(source);
            assertThat(describe(measured)).as("%s cut at %d of %d", name, length, whole.length).isEqualTo(describe(made));
        }
    }

    /** All a Made says but the bytes of its copies. */
    private static String describe(Made made) {
        if (made instanceof Made.Published p) {
            return "published " + p.photo() + " located=" + p.located() + " metadata=" + p.hadMetadata();
        }
        return made instanceof Made.LeftOut l ? "left out " + l.message() + " located=" + l.located() : "copied";
    }

    /** The problem lines (file:line:col: warning|error: …) in the order printed. */
    private static List<String> problems(String printed) {
        return printed.lines().filter(l -> l.matches("^content/\\S+:\\d+:\\d+: (warning|error): .*")).toList();
    }
}
