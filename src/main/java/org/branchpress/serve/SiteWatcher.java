package org.branchpress.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Rebuilds the site after each burst of changes under the watched folders (an editor saving
 * writes several times; a burst gives one rebuild). A rebuild that throws is reported and the
 * watching goes on: one edit that trips a bug must not leave the preview deaf to every later one.
 */
final class SiteWatcher implements AutoCloseable {
    /**
     * Changes closer together than this are one burst. An editor's save is a few writes within a
     * millisecond or two; every millisecond waited here is one more before the page shows.
     */
    private static final long SETTLE_MILLIS = 20;

    /** Stands in the changed files for events the system lost (an overflow). */
    private static final Path LOST = Path.of("");

    private final WatchService service;
    private final Rebuild rebuild;
    private final Runnable rebuilt;
    private final Consumer<String> reporter;
    private final Thread thread;

    /**
     * @param rebuild builds the site again; false when the content has errors (the old site stays)
     * @param rebuilt told when a rebuild shows its pages, and after each rebuild that succeeded
     * @param reporter told, in Chinese, of a rebuild that threw
     */
    SiteWatcher(List<Path> watched, Rebuild rebuild, Runnable rebuilt, Consumer<String> reporter)
            throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.rebuild = rebuild;
        this.rebuilt = rebuilt;
        this.reporter = reporter;
        for (Path dir : watched) {
            register(dir);
        }
        this.thread = new Thread(this::watch, "serve-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops watching, and waits a little for a rebuild under way, so its folders can be removed after. */
    @Override
    public void close() throws IOException {
        service.close();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void register(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                Set<Path> changed = new HashSet<>();
                take(service.take(), changed);
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    take(more, changed);
                }
                rebuildOnce(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads a key's events into the burst's changed files, watching each new folder too. An
     * overflow (events lost) empties nothing but marks the burst as unknown: {@code null} is added,
     * and the rebuild is told nothing about which files changed.
     */
    private void take(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(LOST);
            } else if (event.context() instanceof Path name) {
                changed.add(dir.resolve(name));
            }
            if (event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                try {
                    register(dir.resolve(name));
                } catch (IOException vanished) {
                    // a folder that vanished again: nothing to watch
                }
            }
        }
        key.reset();
    }

    private void rebuildOnce(Set<Path> changed) {
        try {
            if (rebuild.run(changed.contains(LOST) ? Set.of() : Set.copyOf(changed), rebuilt)) {
                rebuilt.run();
            }
        } catch (ClosedWatchServiceException stopped) {
            throw stopped;
        } catch (Throwable failure) {
            if (Failures.fatal(failure)) {
                reporter.accept("错误：Java 虚拟机出现严重问题（例如内存不足），已停止自动重新生成；"
                        + "请按 Ctrl+C 结束，再重新运行 serve。");
                throw failure;
            }
            reporter.accept("错误：重新生成网站时" + Failures.describe(failure) + "。页面仍显示上一次的网站；"
                    + "修改后保存，会再次生成。如果一再出现，请把这段话告诉维护人员。");
        }
    }
}
