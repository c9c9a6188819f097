package org.branchpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A video slide's file is judged by its bytes: WebM and MP4 with H.264 play on the lobby
 * players; H.265, AV1, old MPEG-4, Matroska and files that are no video are refused with the way
 * to convert them. The MP4s here are built box by box (ftyp, a large mdat before the moov, then
 * moov/trak/mdia/minf/stbl/stsd with one sample entry), as cameras and phones write them.
 */
class VideoFilesTest {
    @TempDir
    Path dir;

    @Test
    void theSampleWebmAndAnH264Mp4Play() throws IOException {
        assertThat(VideoFiles.refusal(Path.of("content/media/dangri-demo.webm"))).isEmpty();
        assertThat(VideoFiles.refusal(write("a.mp4", mp4("avc1", 3_000_000)))).isEmpty();
        assertThat(VideoFiles.refusal(write("b.mov", mp4("avc3", 10)))).isEmpty();
    }

    @Test
    void otherCodecsAndFormatsAreRefusedWithTheWayToConvertThem() throws IOException {
        assertThat(VideoFiles.refusal(write("h265.mp4", mp4("hvc1", 100)))).get().asString().contains("H.265");
        assertThat(VideoFiles.refusal(write("av1.mp4", mp4("av01", 100)))).get().asString().contains("AV1");
        assertThat(VideoFiles.refusal(write("old.mp4", mp4("mp4v", 100)))).get().asString().contains("MPEG-4");
        assertThat(VideoFiles.refusal(write("sound.mp4", mp4("mp4a", 100)))).get().asString().contains("没有找到");
        byte[] mkv = ebml("matroska");
        assertThat(VideoFiles.refusal(write("film.mkv", mkv))).get().asString().contains("MKV");
        assertThat(VideoFiles.refusal(write("poster.webm", Files.readAllBytes(Path.of("content/media/dangri-demo.jpg")))))
                .get().asString().contains("不是 MP4 或 WebM");
        assertThat(VideoFiles.refusal(write("empty.mp4", new byte[0]))).get().asString().contains("不是 MP4 或 WebM");
        assertThat(VideoFiles.refusal(write("x.mp4", mp4("hvc1", 1)))).get().asString()
                .contains("ffmpeg -i 原视频 -c:v libx264");
    }

    @Test
    void aTruncatedMp4IsJudgedByWhatItHas() throws IOException {
        byte[] whole = mp4("avc1", 1000);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 30); // the moov box cut short
        assertThat(VideoFiles.refusal(write("cut.mp4", cut))).get().asString().contains("没有找到");
    }

    /**
     * In site.yaml: a missing video or poster and a file that is no video stop the build at the
     * playlist line; a video without poster or over 50 MB is a warning.
     */
    @Test
    void theBuildChecksTheVideoItemsOfTheScreens() throws IOException {
        TestSite site = new TestSite(dir.resolve("site")).settings("""
                screens:
                  - id: lobby
                    playlist:
                      - video: {src: media/missing.mp4, poster: media/demo.jpg}
                      - video: {src: media/h265.mp4, poster: media/demo.jpg}
                      - video: {src: media/demo.webm, poster: media/nothing.jpg}
                """)
                .bytes("media/h265.mp4", mp4("hvc1", 100))
                .bytes("media/demo.webm", Files.readAllBytes(Path.of("content/media/dangri-demo.webm")))
                .bytes("media/demo.jpg", Files.readAllBytes(Path.of("content/media/dangri-demo.jpg")));
        TestSite.Run run = site.build();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("site.yaml:6:").contains("media/missing.mp4”找不到")
                .contains("site.yaml:7:").contains("H.265")
                .contains("site.yaml:8:").contains("封面图“media/nothing.jpg”找不到");
        assertThat(site.output()).doesNotExist();

        site.settings("""
                screens:
                  - id: lobby
                    playlist:
                      - video: {src: media/demo.webm}
                      - video: {src: media/large.webm, poster: media/demo.jpg}
                """);
        Path large = site.content().resolve("media/large.webm");
        Files.copy(Path.of("content/media/dangri-demo.webm"), large);
        try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(VideoFiles.LARGE_BYTES + 1); // sparse: the disk holds the header only
        }
        run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("site.yaml:6:").contains("没有 poster")
                .contains("site.yaml:7:").contains("超过 50 MB");
        assertThat(site.read("screen/lobby/index.html")).contains("data-src=\"../../media/demo.webm\"");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** ftyp, an mdat of {@code media} bytes, then the moov with one track whose sample entry is {@code codec}. */
    private static byte[] mp4(String codec, int media) throws IOException {
        byte[] entry = box(codec, new byte[78]);
        byte[] stsd = box("stsd", concat(new byte[] {0, 0, 0, 0, 0, 0, 0, 1}, entry));
        byte[] moov = box("moov", box("trak", box("mdia", box("minf", box("stbl", stsd)))));
        return concat(box("ftyp", "isom\0\0\2\0isomavc1".getBytes(StandardCharsets.ISO_8859_1)),
                box("mdat", new byte[media]), moov);
    }

    private static byte[] box(String type, byte[] body) {
        return ByteBuffer.allocate(8 + body.length).putInt(8 + body.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1)).put(body).array();
    }

    private static byte[] ebml(String docType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, (byte) 0x9f, 0x42, (byte) 0x82});
        out.write(docType.getBytes(StandardCharsets.ISO_8859_1));
        out.write(new byte[32]);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p);
        }
        return out.toByteArray();
    }
}
