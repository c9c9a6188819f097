package org.branchpress.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.branchpress.problem.PublishException;

/**
 * The output folder of {@code serve} after its first build: changed files are replaced one by
 * one (a temporary file, then a rename, so a browser reads the old file or the new one whole) and
 * files the site no longer has are removed, instead of writing all of it again. Only a folder
 * that is ours and whole is updated so: without the marker, the caller publishes whole.
 */
public final class LiveFolder {
    private final OutputFolder folder;

    public LiveFolder(OutputFolder folder) {
        this.folder = folder;
    }

    /** Whether the folder is still the one our last build published (not removed or replaced). */
    public boolean intact() {
        return Files.isRegularFile(folder.target().resolve(OutputFolder.MARKER));
    }

    /**
     * Writes the changed files and removes the vanished ones, under the output's lock.
     *
     * @param changed address → new bytes
     * @param removed addresses the site no longer has; folders left empty go too
     */
    public void update(Map<String, byte[]> changed, Set<String> removed, Consumer<String> waiting) {
        Path out = folder.target();
        try (OutputLock lock = OutputLock.take(out.resolveSibling("." + out.getFileName() + ".lock"), waiting)) {
            for (Map.Entry<String, byte[]> e : changed.entrySet()) {
                Path target = out.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
                Files.write(temp, e.getValue());
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException notHere) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            for (String address : removed) {
                Path gone = out.resolve(address);
                Files.deleteIfExists(gone);
                for (Path dir = gone.getParent(); dir != null && dir.startsWith(out) && !dir.equals(out)
                        && empty(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            }
        } catch (IOException e) {
            throw new PublishException("更新预览网站的文件时出错（" + e.getMessage() + "）：请检查“" + out
                    + "”的写入权限和磁盘空间。", e);
        }
    }

    private static boolean empty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }
}
