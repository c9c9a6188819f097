package org.branchpress.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

import org.branchpress.problem.PublishException;

/**
 * One build at a time per output folder: two builds (a manual build while serve rebuilds)
 * would otherwise remove each other's staging folders. The operating system releases the
 * lock when a process dies, so a killed build never leaves the output locked. The lock file
 * stays beside the output; deleting it would let a third build lock a different file.
 */
final class OutputLock implements AutoCloseable {
    /** How long a build waits for another one on the same output before giving up. */
    private static final long WAIT_MILLIS = 10 * 60 * 1000;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static OutputLock take(Path file, Consumer<String> waiting) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        boolean told = false;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new OutputLock(channel, lock);
                }
                if (!told) {
                    waiting.accept("另一个生成正在写入这个输出文件夹，等它完成…");
                    told = true;
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new PublishException("另一个 branchpress 生成一直占用着这个输出文件夹（" + file
                            + "）：请等它结束，或结束它后重新运行。原来的网站没有改动。", null);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new PublishException("生成被中断，原来的网站没有改动。", e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Null while another process, or another build in this one, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        }
    }
}
