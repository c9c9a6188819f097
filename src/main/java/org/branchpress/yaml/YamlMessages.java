package org.branchpress.yaml;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Turns SnakeYAML's English parser messages into Chinese advice for the officer, at the
 * line where the mistake is (SnakeYAML often notices it a line later). A message we do not
 * know becomes general Chinese advice: the officer never sees the parser's English.
 */
final class YamlMessages {
    private static final String GENERAL = "YAML 格式错误：请对照 CONTENT-FORMAT 中的示例检查这一行的缩进、冒号和引号。";
    private static final Pattern FOUND_CHARACTER = Pattern.compile("found character '(.)' that cannot start any token.*");
    private static final Pattern NODE_CONTENT = Pattern.compile("expected the node content, but found '(.+)'");
    private static final Pattern INDENTED_KEY = Pattern.compile("^\\s+[A-Za-z_][A-Za-z0-9_]*\\s*$");

    /** A message and the place it belongs to. */
    record Explanation(Mark mark, String message) {
    }

    private YamlMessages() {
    }

    /** @param lines the YAML text, for looking at the line SnakeYAML points to */
    static Explanation explain(MarkedYAMLException e, List<String> lines) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        Mark at = e.getProblemMark();
        Mark opened = e.getContextMark() != null ? e.getContextMark() : at;
        if (problem.contains("Global tag is not allowed")) {
            return new Explanation(at, "不支持 YAML 标签“" + shortTag(problem.substring(problem.indexOf(':') + 1).strip())
                    + "”：请删掉以 ! 开头的标记，只写普通的文字、列表或“键: 值”。");
        }
        if (problem.contains("\\t") || problem.contains("(TAB)")) {
            return new Explanation(at, "这一行用了制表符（Tab）缩进：YAML 只能用空格缩进，请把 Tab 换成两个空格。");
        }
        if (context.contains("quoted scalar")) {
            return quoted(problem, at, opened);
        }
        if (context.contains("flow sequence") && problem.startsWith("expected ','")) {
            return new Explanation(opened, "方括号“[”没有配对的“]”：列表要在同一行里写完，并用“]”结束，例如 tags: [党建, 学习]。");
        }
        if (context.contains("flow mapping") && problem.startsWith("expected ','")) {
            return new Explanation(opened, "花括号“{”没有配对的“}”：要在同一行里写完，并用“}”结束，例如 attendance: {present: 28, expected: 30}。");
        }
        if (problem.contains("could not find expected ':'")) {
            return new Explanation(opened, "这一行缺少英文冒号“:”：每一行设置都写成“键: 值”（冒号后面加一个空格），例如 title: 标题；"
                    + "如果这一行是上一行的延续，请把两行合成一行。");
        }
        if (problem.contains("mapping values are not allowed")) {
            return mappingValue(at, lines);
        }
        if (problem.contains("sequence entries are not allowed")) {
            return new Explanation(at, "列表项“- ”不能写在键的同一行：请另起一行、比键多缩进两个空格再写“- ”，或者写成一行 tags: [党建, 学习]。");
        }
        return general(problem, context, at, opened);
    }

    private static Explanation general(String problem, String context, Mark at, Mark opened) {
        if (problem.startsWith("expected <block end>") && (problem.contains("']'") || problem.contains("'}'"))) {
            String bracket = problem.contains("']'") ? "]" : "}";
            return new Explanation(at, "这一行多了一个“" + bracket + "”：请删掉多余的括号，或给整个值加上英文引号。");
        }
        if (problem.startsWith("expected <block end>") && problem.contains("'<scalar>'")) {
            return new Explanation(at, "这一行的值以引号、“[”或“{”开头，后面却还有文字：请给整个值加上英文引号，例如 "
                    + "title: '[喜报]我支部获奖'；值里面的英文双引号请改成中文引号“”。");
        }
        if (problem.contains("expected <block end>") || context.contains("block mapping")
                || context.contains("block collection")) {
            return new Explanation(at, "缩进不一致：同一层的键必须对齐，列表项前的“- ”也要对齐，请检查这一行和上一行的空格数。");
        }
        if (context.contains("alias") || problem.contains("found undefined alias")) {
            return new Explanation(opened, "值不能以“*”或“&”开头（YAML 会把它当成引用）：请给整个值加上英文引号，例如 title: '*重要*通知'。");
        }
        if (context.contains("tag")) {
            return new Explanation(opened, "值不能以“!”开头（YAML 会把它当成标签）：请给整个值加上英文引号，例如 title: '!重要通知'。");
        }
        if (context.contains("block scalar")) {
            return new Explanation(opened, "“|”或“>”表示下面是多行文字，它后面不能再写字：请把文字写到下一行并缩进两个空格，或给整个值加上英文引号。");
        }
        if (context.contains("another document") || problem.contains("another document")) {
            return new Explanation(at, "这里多了一行“---”：一份设置里只能有一组“键: 值”，请删掉这一行。");
        }
        Matcher character = FOUND_CHARACTER.matcher(problem);
        Matcher content = NODE_CONTENT.matcher(problem);
        String first = character.matches() ? character.group(1) : content.matches() ? content.group(1) : null;
        if (first != null) {
            return new Explanation(at, "值不能以“" + first + "”开头：请给整个值加上英文引号，例如 title: '" + first + "…'。");
        }
        return new Explanation(at, GENERAL);
    }

    /** An unclosed quote is found at the end of the file; the officer needs the line it opened on. */
    private static Explanation quoted(String problem, Mark at, Mark opened) {
        if (problem.contains("unknown escape character")) {
            return new Explanation(at, "双引号里的反斜杠“\\”后面跟了 YAML 不认识的字母：路径请用“/”，例如 \"media/a.jpg\"；"
                    + "确实要写反斜杠时请写两个“\\\\”，或改用单引号。");
        }
        return new Explanation(opened, "引号没有配对：请检查这一行的引号（\"或'）是否成对出现。");
    }

    /**
     * {@code key: value: more} is a colon inside a value; a key whose line is indented further
     * than the line above ({@code   date: …}) is an indentation mistake, reported the same way.
     */
    private static Explanation mappingValue(Mark at, List<String> lines) {
        String line = at.getLine() < lines.size() ? lines.get(at.getLine()) : "";
        int column = Math.min(at.getColumn(), line.codePointCount(0, line.length()));
        String before = line.substring(0, line.offsetByCodePoints(0, column));
        if (INDENTED_KEY.matcher(before).matches()) {
            return new Explanation(at, "这一行的缩进不对：和上一行同一层的键要左对齐（前面的空格数相同）。");
        }
        return new Explanation(at, "这一行的冒号位置不对：值里如果有英文冒号“:”，请给整个值加上英文引号，例如 title: \"标题：副标题\"。");
    }

    /** {@code tag:yaml.org,2002:java.lang.Runtime} → {@code !!java.lang.Runtime}, as the officer wrote it. */
    static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    static String explain(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("aliases")) {
            return "YAML 中的别名（& 和 *）太多，文件会被展开得极大：请直接写出值，不要用别名。";
        }
        if (message.contains("code points")) {
            return "这段设置太长：front matter 和 site.yaml 不能超过 " + SafeYaml.MAX_CODE_POINTS + " 个字符，正文请写在 --- 之后。";
        }
        if (message.contains("Nesting Depth")) {
            return "YAML 嵌套层数太深（超过 " + SafeYaml.MAX_DEPTH + " 层）：请检查缩进。";
        }
        return "无法读取这段设置：请对照 CONTENT-FORMAT 中的示例检查格式。";
    }
}
