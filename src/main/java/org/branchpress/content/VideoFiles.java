package org.branchpress.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * What a TV screen can play, told by the file's own bytes, not its name: WebM (VP8 or VP9),
 * which every Chromium plays, or MP4 whose video is H.264, which players with the usual
 * codecs play. H.265, AV1, MPEG-4 Part 2, Matroska and anything else are refused with the way
 * to convert them. Only the headers are read: an MP4's boxes are walked, skipping the media
 * data, so a large file costs a few reads.
 */
public final class VideoFiles {
    /**
     * Above this a video gets a warning (50 MB): a player streams it from the intranet share on
     * every loop, and the cheap ones with 1 GB of memory stall on large files. A few minutes of
     * 720p H.264 at 1–2 Mbit/s fit.
     */
    public static final long LARGE_BYTES = 50L * 1024 * 1024;

    /** How to make a file every player plays, said after every refusal. */
    static final String CONVERT = "请用格式工厂等软件转成 MP4（H.264 编码），或用 ffmpeg："
            + "ffmpeg -i 原视频 -c:v libx264 -pix_fmt yuv420p -an 新视频.mp4";

    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl");
    private static final int MAX_BOXES = 10_000;

    private VideoFiles() {
    }

    /**
     * Why the file cannot be played on a screen, in Chinese with the fix; empty when it can.
     *
     * @throws IOException when it cannot be read at all
     */
    public static Optional<String> refusal(Path file) throws IOException {
        try (SeekableByteChannel in = Files.newByteChannel(file)) {
            ByteBuffer head = read(in, 0, 64 * 1024);
            byte[] bytes = new byte[head.remaining()];
            head.get(bytes);
            if (bytes.length >= 4 && (bytes[0] & 0xff) == 0x1a && (bytes[1] & 0xff) == 0x45
                    && (bytes[2] & 0xff) == 0xdf && (bytes[3] & 0xff) == 0xa3) {
                return webm(bytes);
            }
            if (bytes.length >= 12 && ascii(bytes, 4, 4).equals("ftyp")) {
                return mp4(in);
            }
            return Optional.of("这个文件不是 MP4 或 WebM 视频（按文件内容判断，与扩展名无关）：" + CONVERT);
        }
    }

    private static Optional<String> webm(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (!text.contains("webm")) {
            return Optional.of("这是 MKV（Matroska）格式的视频，楼宇电视的浏览器放不了：" + CONVERT);
        }
        if (text.contains("V_AV1")) {
            return Optional.of("这个 WebM 视频是 AV1 编码，老电视放不了：" + CONVERT);
        }
        return Optional.empty();
    }

    /** The sample entries of every track's {@code stsd}: the codecs, as four-letter codes. */
    private static Optional<String> mp4(SeekableByteChannel in) throws IOException {
        Set<String> codecs = new java.util.TreeSet<>();
        walk(in, 0, in.size(), codecs, new int[1]);
        if (codecs.contains("avc1") || codecs.contains("avc3")) {
            return Optional.empty();
        }
        if (codecs.contains("hvc1") || codecs.contains("hev1")) {
            return Optional.of("这个 MP4 视频是 H.265（HEVC）编码，楼宇电视的浏览器放不了：" + CONVERT);
        }
        if (codecs.contains("av01")) {
            return Optional.of("这个 MP4 视频是 AV1 编码，老电视放不了：" + CONVERT);
        }
        if (codecs.contains("mp4v")) {
            return Optional.of("这个 MP4 视频是老式的 MPEG-4 编码，浏览器放不了：" + CONVERT);
        }
        return Optional.of("这个 MP4 文件里没有找到能播放的视频画面（文件可能不完整，或只有声音）：" + CONVERT);
    }

    private static void walk(SeekableByteChannel in, long from, long to, Set<String> codecs, int[] boxes)
            throws IOException {
        long at = from;
        while (at + 8 <= to && boxes[0]++ < MAX_BOXES) {
            ByteBuffer header = read(in, at, 16);
            if (header.remaining() < 8) {
                return;
            }
            long size = header.getInt(0) & 0xffffffffL;
            String type = ascii(header, 4);
            long body = at + 8;
            if (size == 1) {
                if (header.remaining() < 16) {
                    return;
                }
                size = header.getLong(8);
                body = at + 16;
            } else if (size == 0) {
                size = to - at;
            }
            if (size < body - at || at + size > to) {
                return; // a broken box: what was found so far decides
            }
            if (CONTAINERS.contains(type)) {
                walk(in, body, at + size, codecs, boxes);
            } else if (type.equals("stsd")) {
                ByteBuffer entry = read(in, body + 8, 8); // version, flags, entry count; then the first entry
                if (entry.remaining() == 8) {
                    codecs.add(ascii(entry, 4));
                }
            }
            at += size;
        }
    }

    private static ByteBuffer read(SeekableByteChannel in, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(0, Math.min(length, in.size() - at)));
        in.position(at);
        while (buffer.hasRemaining() && in.read(buffer) > 0) {
            // until full or the end
        }
        buffer.flip();
        return buffer;
    }

    private static String ascii(ByteBuffer b, int offset) {
        byte[] four = new byte[4];
        for (int i = 0; i < 4; i++) {
            four[i] = b.get(offset + i);
        }
        return new String(four, StandardCharsets.ISO_8859_1);
    }

    private static String ascii(byte[] b, int offset, int length) {
        return new String(b, offset, length, StandardCharsets.ISO_8859_1);
    }
}
