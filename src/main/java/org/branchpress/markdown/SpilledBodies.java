package org.branchpress.markdown;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

import org.branchpress.problem.PublishException;

/**
 * Bodies' texts in one file, appended as UTF-8 and read back by position: each body is a few
 * kilobytes of the file and 24 bytes of heap. Appends reserve their place with one atomic add
 * and write there, and reads are positional, so the render threads never wait for each other.
 */
final class SpilledBodies implements BodyStore {
    private final Path file;
    private final FileChannel channel;
    private final AtomicLong end = new AtomicLong();

    private SpilledBodies(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static SpilledBodies create(Path file) {
        try {
            return new SpilledBodies(file, FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.READ, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** A body's texts in the file: HTML from {@code at}, then the plain text. */
    record Spilled(SpilledBodies store, long at, int htmlBytes, int textBytes) implements RenderedBody.Texts {
        @Override
        public String html() {
            return store.read(at, htmlBytes);
        }

        @Override
        public String text() {
            return store.read(at + htmlBytes, textBytes);
        }
    }

    @Override
    public RenderedBody keep(RenderedBody body) {
        byte[] html = body.html().getBytes(StandardCharsets.UTF_8);
        byte[] text = body.text().getBytes(StandardCharsets.UTF_8);
        long at = end.getAndAdd((long) html.length + text.length);
        ByteBuffer both = ByteBuffer.allocate(html.length + text.length).put(html).put(text).flip();
        try {
            for (long to = at; both.hasRemaining(); ) {
                to += channel.write(both, to);
            }
        } catch (IOException e) {
            throw failure(file, e);
        }
        return new RenderedBody(new Spilled(this, at, html.length, text.length), body.headings(), body.summary(),
                body.readingMinutes(), body.firstPicture());
    }

    private String read(long at, int length) {
        ByteBuffer bytes = ByteBuffer.allocate(length);
        try {
            for (long from = at; bytes.hasRemaining(); ) {
                int n = channel.read(bytes, from);
                if (n < 0) {
                    throw new IOException("the file ends before byte " + (at + length));
                }
                from += n;
            }
        } catch (IOException e) {
            throw failure(file, e);
        }
        return new String(bytes.array(), 0, length, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next build removes what a build left beside the site (SiteWriter)
        }
    }

    private static PublishException failure(Path file, IOException e) {
        return new PublishException("无法写入或读回生成过程中的临时文件“" + file + "”（" + e.getMessage()
                + "）：请检查输出文件夹所在磁盘的空间和写入权限。原来的网站没有改动。", e);
    }
}
