package org.branchpress.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import org.junit.jupiter.api.Test;

/**
 * The README and the handbook in {@code docs/} are read from the repository (and from the
 * distribution zip): every link and picture they hold leads to a file inside it, never to a
 * page elsewhere or to a file beside the repository. Links inside code are not links.
 */
class DocsLinksTest {
    private static final Path REPO = Path.of("").toAbsolutePath();

    @Test
    void everyLinkOfTheReadmeAndTheHandbookLeadsToAFileOfTheRepository() throws IOException {
        List<Path> files = new ArrayList<>(List.of(REPO.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(REPO.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path file : files) {
            for (String url : links(Files.readString(file))) {
                links++;
                String where = REPO.relativize(file) + ": " + url;
                if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    broken.add(where + " (leaves the repository)");
                    continue;
                }
                String path = URLDecoder.decode(url.replaceAll("#.*$", ""), StandardCharsets.UTF_8);
                if (path.isEmpty()) {
                    continue; // a link to a heading of the same file
                }
                Path target = file.getParent().resolve(path).normalize();
                if (!target.startsWith(REPO)) {
                    broken.add(where + " (outside the repository)");
                } else if (!Files.exists(target)) {
                    broken.add(where + " (no such file)");
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(5);
        assertThat(links).isGreaterThan(30);
        assertThat(broken).isEmpty();
    }

    /** The destinations of a Markdown file's links and images, as CommonMark reads them. */
    private static List<String> links(String markdown) {
        List<String> urls = new ArrayList<>();
        Node document = Parser.builder().build().parse(markdown);
        new NodeVisitor(new VisitHandler<>(Link.class, l -> urls.add(l.getUrl().toString())),
                new VisitHandler<>(Image.class, i -> urls.add(i.getUrl().toString()))).visit(document);
        return urls;
    }
}
