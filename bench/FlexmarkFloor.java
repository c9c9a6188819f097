// The floor of the cold-build goal: read every .md of a corpus and run flexmark's default parser and
// renderer over the bodies on every core, nothing else. Run from the project folder after package:
//   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/branchpress.jar bench/FlexmarkFloor.java CORPUS

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/** The floor: flexmark's default parser and renderer over the corpus bodies, nothing else, on every core. */
public class FlexmarkFloor {
    public static void main(String[] a) throws Exception {
        long t0 = System.nanoTime();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(a[0]))) {
            files = s.filter(p -> p.toString().endsWith(".md")).toList();
        }
        List<String> bodies = files.parallelStream().map(p -> {
            try {
                String t = Files.readString(p);
                int end = t.indexOf("\n---", 4);
                return end < 0 ? t : t.substring(end + 4);
            } catch (Exception e) { throw new RuntimeException(e); }
        }).toList();
        long t1 = System.nanoTime();
        MutableDataSet opts = new MutableDataSet();
        Parser parser = Parser.builder(opts).build();
        HtmlRenderer renderer = HtmlRenderer.builder(opts).build();
        long chars = bodies.parallelStream().mapToLong(b -> renderer.render(parser.parse(b)).length()).sum();
        long t2 = System.nanoTime();
        System.out.printf("files=%d read_ms=%d flexmark_ms=%d html_chars=%d%n", files.size(), (t1 - t0) / 1000000,
                (t2 - t1) / 1000000, chars);
    }
}
