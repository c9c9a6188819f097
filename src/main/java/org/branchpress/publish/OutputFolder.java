package org.branchpress.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.branchpress.problem.PublishException;

/**
 * Where a build may put its site. The output folder is replaced whole by every build, so a
 * path that names the user's own work must be refused before anything is written: the content
 * or templates folder, a folder holding them or inside them, a file, the file system root, the
 * home folder, or a non-empty folder that no build of ours wrote (unless the user says
 * {@code --force}, and even then the old folder is kept aside, never deleted).
 *
 * <p>Paths are compared by their real location, so {@code content/..}, {@code ./} and a
 * symbolic link cannot slip past. A symbolic link as the output is kept: the site goes to
 * its target, where the web server looks.
 *
 * @param target       the real folder the site is swapped into
 * @param keepOldAside the target holds files we did not write ({@code --force}): move them
 *                     aside on publish instead of deleting them
 */
public record OutputFolder(Path target, boolean keepOldAside) {
    /** Written into every published site: the folder is ours to replace next time. */
    static final String MARKER = ".branchpress-site";

    /**
     * @param typed       the {@code --output} path as the user gave it
     * @param userFolders the content folder and the templates folder (when it exists)
     * @param force       the user confirmed a non-empty folder that is not a previous build
     */
    public static OutputFolder claim(Path typed, List<Path> userFolders, boolean force) {
        Path target = place(typed, userFolders);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw refused("“" + typed + "”是一个文件，不是文件夹：生成网站不会替换它。请用 --output 写一个文件夹名，例如 --output site。");
        }
        boolean foreign = Files.isDirectory(target) && !isEmpty(target) && !isOurs(target);
        if (foreign && !force) {
            throw refused("文件夹“" + typed + "”里已经有文件，而且不是 branchpress 生成的网站：为了不覆盖您的文件，没有写入。"
                    + "请换一个新的或空的文件夹；如果确实要用它，加上 --force（原有文件会改名保存在旁边，不会删除）。");
        }
        return new OutputFolder(target, foreign);
    }

    /**
     * The real folder {@code typed} names, refused when it is empty, the root, the home folder,
     * or is, holds or lies in one of the user's folders: the same for a site and for print.
     */
    private static Path place(Path typed, List<Path> userFolders) {
        if (typed.toString().isBlank()) {
            throw refused("输出文件夹不能是空的路径：请用 --output 写出一个文件夹名，例如 --output site。");
        }
        Path target = realLocation(typed);
        if (target.getParent() == null) {
            throw refused("输出文件夹不能是根目录“" + target + "”：每次生成都会整体替换输出文件夹。请写一个专用的文件夹，例如 --output site。");
        }
        Path home = realLocation(Path.of(System.getProperty("user.home")));
        if (target.equals(home)) {
            throw refused("输出文件夹不能是您的主文件夹“" + target + "”：每次生成都会整体替换输出文件夹。请写一个专用的文件夹，例如 --output site。");
        }
        for (Path folder : userFolders) {
            Path own = realLocation(folder);
            if (target.equals(own) || own.startsWith(target)) {
                throw refused("输出文件夹“" + typed + "”就是或包含了您的文件夹“" + folder + "”：生成网站会替换输出文件夹，"
                        + "您的文件会丢失。请换一个专用的输出文件夹，例如 --output site（不要和内容文件夹同名）。");
            }
            if (target.startsWith(own)) {
                throw refused("输出文件夹“" + typed + "”在您的文件夹“" + folder + "”里面：网站会被当成内容再次读入。"
                        + "请把输出放到它的外面，例如 --output site。");
            }
        }
        return target;
    }

    /** Written into the print folder: the PDFs there are ours to replace. */
    public static final String PRINT_MARKER = ".branchpress-print";

    /**
     * Where {@code print} may write its files. The folder is never replaced, only files of ours
     * in it, so the same places are refused as for a site, and also a site's folder (the next
     * build would replace it, PDFs and all) and a non-empty folder print did not write before
     * (unless {@code force}).
     */
    public static Path claimForPrint(Path typed, List<Path> userFolders, boolean force) {
        Path target = place(typed, userFolders);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw refused("“" + typed + "”是一个文件，不是文件夹：请用 --output 写一个文件夹名，例如 --output print。");
        }
        if (Files.isDirectory(target) && isOurs(target)) {
            throw refused("“" + typed + "”是生成的网站文件夹：下次生成网站会整体替换它，印刷品也会丢失。"
                    + "请把印刷品放到别处，例如 --output print。");
        }
        if (Files.isDirectory(target) && !isEmpty(target) && !Files.isRegularFile(target.resolve(PRINT_MARKER)) && !force) {
            throw refused("文件夹“" + typed + "”里已经有文件，而且不是 branchpress 印刷品的文件夹：为了不覆盖您的文件，没有写入。"
                    + "请换一个新的或空的文件夹；如果确实要用它，加上 --force（只会写入这次印制的文件）。");
        }
        return target;
    }

    /** A previous site of ours: the marker, or the build id every earlier version wrote. */
    static boolean isOurs(Path dir) {
        if (Files.isRegularFile(dir.resolve(MARKER))) {
            return true;
        }
        Path buildId = dir.resolve("build-id.js");
        try {
            return Files.isRegularFile(buildId) && Files.size(buildId) < 200
                    && Files.readString(buildId).startsWith("window.BUILD_ID = ");
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw refused("无法读取文件夹“" + dir + "”（" + e.getMessage() + "）：请检查它的权限。");
        }
    }

    /**
     * The real path of {@code path}: links followed, {@code .} and {@code ..} resolved, for the
     * part that exists; the rest appended as written (it holds no links yet).
     */
    static Path realLocation(Path path) {
        return realLocation(path, 0);
    }

    private static Path realLocation(Path path, int links) {
        Path abs = path.toAbsolutePath();
        try {
            if (Files.isSymbolicLink(abs)) {
                if (links > 40) {
                    throw refused("“" + path + "”是一个循环的符号链接：请改正这个链接，或换一个输出文件夹。");
                }
                return realLocation(abs.resolveSibling(Files.readSymbolicLink(abs)), links + 1);
            }
            if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                return abs.toRealPath();
            }
        } catch (IOException e) {
            throw refused("无法读取“" + path + "”（" + e.getMessage() + "）：请检查这个路径和它的权限。");
        }
        Path parent = abs.getParent();
        if (parent == null) {
            return abs;
        }
        return realLocation(parent, links).resolve(abs.getFileName().toString()).normalize();
    }

    private static PublishException refused(String message) {
        return new PublishException(message, null);
    }
}
