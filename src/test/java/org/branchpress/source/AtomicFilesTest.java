package org.branchpress.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one way a user's file is written. Tests run as root, for whom permissions never fail a
 * write, so failures are made by the seam (a disk that fills half-way) or by a folder in the way.
 */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private static final byte[] OLD = "原来的内容\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "新的内容，比原来的长一些\n".getBytes(StandardCharsets.UTF_8);

    private String[] names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void replacesAnExistingFileAndKeepsItsPermissions() throws IOException {
        Path file = dir.resolve("a.md");
        Files.write(file, OLD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(file, NEW);
        assertThat(file).hasBinaryContent(NEW);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        assertThat(names()).containsExactly("a.md");
    }

    @Test
    void aNewFileGetsTheSamePermissionsAsFilesWriteGives() throws IOException {
        Path plain = dir.resolve("plain.md");
        Files.write(plain, OLD);
        Path atomic = dir.resolve("atomic.md");
        AtomicFiles.write(atomic, NEW);
        assertThat(atomic).hasBinaryContent(NEW);
        assertThat(Files.getPosixFilePermissions(atomic)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aDiskThatFillsHalfWayLeavesTheOriginalAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a.md");
        Files.write(file, OLD);
        assertThatThrownBy(() -> AtomicFiles.write(file, NEW, (channel, bytes) -> {
            channel.write(ByteBuffer.wrap(bytes, 0, bytes.length / 2));
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessageContaining("No space left");
        assertThat(file).hasBinaryContent(OLD);
        assertThat(names()).containsExactly("a.md");
    }

    @Test
    void aFolderInTheTargetsPlaceFailsTheRenameAndLeavesNoTemporaryFile() throws IOException {
        Path taken = dir.resolve("b.png");
        Files.createDirectories(taken.resolve("inside"));
        assertThatThrownBy(() -> AtomicFiles.write(taken, NEW)).isInstanceOf(IOException.class);
        assertThat(taken.resolve("inside")).isDirectory();
        assertThat(names()).containsExactly("b.png");
    }

    @Test
    void aSymbolicLinkIsWrittenThroughNotReplaced() throws IOException {
        Path real = dir.resolve("real.md");
        Files.write(real, OLD);
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), real.getFileName());
        AtomicFiles.write(link, NEW);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasBinaryContent(NEW);
        assertThat(names()).containsExactly("link.md", "real.md");
    }

    @Test
    void createNewWritesTheWholeFileAndNothingElse() throws IOException {
        Path file = dir.resolve("new.md");
        AtomicFiles.createNew(file, NEW);
        assertThat(file).hasBinaryContent(NEW);
        assertThat(names()).containsExactly("new.md");
    }

    @Test
    void createNewRefusesAnExistingFileAndLeavesItAsItWas() throws IOException {
        Path file = dir.resolve("a.md");
        Files.write(file, OLD);
        assertThatThrownBy(() -> AtomicFiles.createNew(file, NEW)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(file).hasBinaryContent(OLD);
        assertThat(names()).containsExactly("a.md");
    }

    @Test
    void createNewRefusesAFileThatAppearsWhileItWrites() throws IOException {
        Path file = dir.resolve("a.md");
        assertThatThrownBy(() -> AtomicFiles.createNew(file, NEW, (channel, bytes) -> {
            Files.write(file, OLD); // the officer saves a file of that name meanwhile
            channel.write(ByteBuffer.wrap(bytes));
        })).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(file).hasBinaryContent(OLD);
        assertThat(names()).containsExactly("a.md");
    }

    @Test
    void createNewOnADiskThatFillsHalfWayLeavesNoFileAtAll() throws IOException {
        Path file = dir.resolve("a.md");
        assertThatThrownBy(() -> AtomicFiles.createNew(file, NEW, (channel, bytes) -> {
            channel.write(ByteBuffer.wrap(bytes, 0, bytes.length / 2));
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessageContaining("No space left");
        assertThat(names()).isEmpty();
    }
}
