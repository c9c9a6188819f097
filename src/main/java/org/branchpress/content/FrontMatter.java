package org.branchpress.content;

import java.util.Optional;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.branchpress.source.SourceFile;

/** Splits a file into its YAML front matter (between two {@code ---} lines) and its Markdown body. */
public record FrontMatter(String yaml, int yamlFirstLine, Body body) {

    public static Optional<FrontMatter> split(SourceFile file, Problems problems) {
        String text = file.text();
        if (!text.startsWith("---\n") && !text.equals("---")) {
            if (text.stripLeading().startsWith("---")) {
                problems.error(new SourcePosition(file.display(), 1, 1), "content/front-matter",
                        "第一行之前有空行或空格：front matter 的“---”必须写在文件的第一行最前面。");
                return Optional.empty();
            }
            return Optional.of(new FrontMatter("", 1, new Body(text, 1)));
        }
        int lineNo = 1;
        int pos = text.indexOf('\n') + 1;
        while (pos > 0 && pos < text.length()) {
            lineNo++;
            int end = text.indexOf('\n', pos);
            String line = (end < 0 ? text.substring(pos) : text.substring(pos, end)).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                String yaml = text.substring(4, pos);
                // the body is a view of the text, not a copy of it (see Body)
                return Optional.of(new FrontMatter(yaml, 2, new Body(text, end < 0 ? text.length() : end + 1,
                        lineNo + 1)));
            }
            pos = end < 0 ? -1 : end + 1;
        }
        problems.error(new SourcePosition(file.display(), 1, 1), "content/front-matter",
                "front matter 没有结束：第一行的“---”之后，还需要单独一行“---”把设置和正文分开。");
        return Optional.empty();
    }
}
