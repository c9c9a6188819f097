package org.branchpress.content;

import java.util.List;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.branchpress.source.SourceFile;

/**
 * What {@code new} writes where the officer has to write: {@code （请填写姓名）}. A file left
 * as {@code new} wrote it would put a person called 姓名 on the lobby TV, so a front matter
 * value or a body line that still holds a placeholder is an error at its line. In a draft,
 * which is not published, it is a warning.
 */
public final class Placeholders {
    private static final String MARK = "（请填写";

    private Placeholders() {
    }

    /** {@code of("姓名")} → {@code （请填写姓名）}. */
    public static String of(String what) {
        return MARK + what + "）";
    }

    static boolean in(String text) {
        return text.contains(MARK);
    }

    static void report(SourceFile file, FrontMatter fm, boolean draft, Problems problems) {
        scan(file, fm.yaml().lines().toList(), fm.yamlFirstLine(), true, draft, problems);
        scan(file, fm.body().markdown().lines().toList(), fm.body().firstLine(), false, draft, problems);
    }

    private static void scan(SourceFile file, List<String> lines, int firstLine, boolean yaml, boolean draft,
                             Problems problems) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.indexOf(MARK);
            if (at < 0 || (yaml && line.strip().startsWith("#"))) {
                continue;
            }
            int end = line.indexOf('）', at);
            String placeholder = end < 0 ? line.substring(at) : line.substring(at, end + 1);
            SourcePosition where = new SourcePosition(file.display(), firstLine + i, line.codePointCount(0, at) + 1);
            if (draft) {
                problems.warning(where, "content/placeholder", "草稿里还没有填写：发布前请把“" + placeholder + "”换成真实的内容。");
            } else {
                problems.error(where, "content/placeholder", "还没有填写：请把“" + placeholder + "”换成真实的内容。");
            }
        }
    }
}
