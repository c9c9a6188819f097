package org.branchpress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.branchpress.cli.Main;

/**
 * A tiny site written inline by a test: files under {@code content/}, built by the real
 * command line into {@code site/}. The test shows its whole world.
 */
public final class TestSite {
    /**
     * The day {@link #build} and {@link #check} run for unless the test passes its own
     * {@code --today}: a result must not depend on the day the tests run.
     */
    public static final String TODAY = "2026-12-01";

    private final Path root;

    public TestSite(Path root) {
        this.root = root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path output() {
        return root.resolve("site");
    }

    public TestSite file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite bytes(String path, byte[] bytes) {
        try {
            Path p = content().resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal valid site.yaml plus the given extra lines. */
    public TestSite settings(String extra) {
        return file("site.yaml", "title: 测试支部\nsubtitle: 副标题\n" + extra);
    }

    public Run build(String... extra) {
        return run(withToday(Stream.of("build", "--content", content().toString(), "--output", output().toString(),
                "--templates", root.resolve("templates").toString()), extra));
    }

    /** {@code print WHAT...} into {@code print/} beside {@code content/}. */
    public Run print(String... args) {
        return run(withToday(Stream.concat(Stream.of("print"), Stream.of(args)), "--content", content().toString(),
                "--output", printed().toString(), "--templates", root.resolve("templates").toString()));
    }

    /** Where {@link #print} writes. */
    public Path printed() {
        return root.resolve("print");
    }

    public Run check(String... extra) {
        return run(withToday(Stream.of("check", "--content", content().toString()), extra));
    }

    private static String[] withToday(Stream<String> command, String... extra) {
        Stream<String> today = Arrays.asList(extra).contains("--today") ? Stream.empty() : Stream.of("--today", TODAY);
        return Stream.concat(Stream.concat(command, today), Stream.of(extra)).toArray(String[]::new);
    }

    /** Runs the command line in this JVM, capturing what it prints. */
    public static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    public String read(String sitePath) {
        try {
            return Files.readString(output().resolve(sitePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String sitePath) {
        return Files.exists(output().resolve(sitePath));
    }

    /** Every file of the output, by path, with its bytes: for byte-for-byte comparisons. */
    public Map<String, byte[]> snapshot() {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(output())) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(output())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(output().relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Each result of a query, best first, through the browser's own search.js core run by node
     * over the built index: the test sees exactly what a reader would.
     *
     * @param print a JavaScript expression of {@code d}, the result's stored fields ({@code d[0]}
     *              its title, {@code d[1]} its address)
     */
    public List<String> search(String query, String print) throws IOException, InterruptedException {
        return search(query, print, "");
    }

    /** {@link #search(String, String)} with a 党总支's filter by branch set to {@code group} (its option's value). */
    public List<String> search(String query, String print, String group) throws IOException, InterruptedException {
        String script = """
                var fs = require('fs'), path = require('path');
                var site = process.argv[1], q = process.argv[2], group = process.argv[3];
                var core = require(path.resolve(site, 'assets/search.js'));
                function run(n) { new Function('BP_SEARCH', fs.readFileSync(path.join(site, 'search', n + '.js'), 'utf8'))(core); }
                run('index'); run('t2s');
                var meta = core.state().meta, tokens = core.queryTokens(q);
                tokens.forEach(function (t) { run('p-' + core.shardOf(t, meta.shards)); });
                var hits = core.score(tokens, '', '', group);
                hits.forEach(function (h) { run('d-' + Math.floor(h.id / meta.docShard)); });
                var docs = core.state().docs;
                hits.forEach(function (h) { var d = docs[Math.floor(h.id / meta.docShard)][h.id % meta.docShard]; console.log(PRINT); });
                """.replace("PRINT", print);
        Process node = new ProcessBuilder("node", "-e", script, output().toString(), query, group).redirectErrorStream(true)
                .start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (node.waitFor() != 0) {
            throw new IllegalStateException("node failed: " + out);
        }
        return out.lines().toList();
    }

    /** The result of one command. */
    public record Run(int status, String out, String err) {
        /** The first error line: what a fixture's expected.txt names. */
        public String firstError() {
            return err.lines().filter(l -> l.matches(".+:\\d+:\\d+: error: .*")).findFirst().orElse("");
        }

        public String firstProblem() {
            return err.lines().filter(l -> l.matches(".+:\\d+:\\d+: (error|warning): .*")).findFirst().orElse("");
        }
    }

    /** Copies a fixture, keeping symbolic links as links (one fixture is a link out of content/). */
    public static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isSymbolicLink(f)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(f));
                } else {
                    Files.copy(f, target, LinkOption.NOFOLLOW_LINKS);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
