package org.branchpress.yaml;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Turns SnakeYAML's English parser messages into Chinese advice for the officer. */
final class YamlMessages {
    private YamlMessages() {
    }

    /** An unclosed quote is found at the end of the file; the officer needs the line it opened on. */
    static org.yaml.snakeyaml.error.Mark where(MarkedYAMLException e) {
        if (String.valueOf(e.getContext()).contains("quoted scalar") && e.getContextMark() != null) {
            return e.getContextMark();
        }
        return e.getProblemMark();
    }

    static String explain(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        if (problem.contains("Global tag is not allowed")) {
            return "不支持 YAML 标签“" + shortTag(problem.substring(problem.indexOf(':') + 1).strip())
                    + "”：请删掉以 ! 开头的标记，只写普通的文字、列表或“键: 值”。";
        }
        if (problem.contains("\\t") || problem.contains("tab")) {
            return "这一行用了制表符（Tab）缩进：YAML 只能用空格缩进，请把 Tab 换成两个空格。";
        }
        if (context.contains("duplicate key") || problem.contains("duplicate key")) {
            return "同一个键写了两次（" + problem.replace("found duplicate key", "").trim() + "）：请删掉多余的一行。";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "这一行的冒号位置不对：值里如果有英文冒号“:”，请给整个值加上英文引号，例如 title: \"标题：副标题\"。";
        }
        if (problem.contains("found undefined alias") || problem.contains("alias")) {
            return "YAML 别名（*名字）用得不对或太多：请直接写出值，不要用 & 和 * 引用。";
        }
        if (problem.contains("expected <block end>") || context.contains("block mapping")
                || context.contains("block collection")) {
            return "缩进不一致：同一层的键必须对齐，列表项前的“- ”也要对齐，请检查这一行和上一行的空格数。";
        }
        if (problem.contains("found unexpected end of stream") || problem.contains("quoted scalar")) {
            return "引号没有配对：请检查这一行的引号（\"或'）是否成对出现。";
        }
        if (problem.contains("found character '@'") || problem.contains("found character '`'")) {
            return "值不能以 @ 或 ` 开头：请给整个值加上英文引号。";
        }
        return "YAML 格式错误（" + problem.trim() + "）：请对照 CONTENT-FORMAT 中的示例检查这一行的缩进、冒号和引号。";
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
        return "无法读取 YAML（" + message.lines().findFirst().orElse("") + "）：请检查格式。";
    }
}
