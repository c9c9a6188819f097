package org.branchpress.yaml;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read by hand into typed values. Each accessor reports a wrong type or
 * a missing required value as a problem at the value's own line and column, and returns
 * empty; the caller goes on, so one run finds every problem.
 */
public final class YamlMap {
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final SourcePosition origin;
    private final SourcePosition self;
    private final Problems problems;

    YamlMap(MappingNode node, SourcePosition origin, Problems problems) {
        this.origin = origin;
        this.self = SafeYaml.at(origin, node.getStartMark());
        this.problems = problems;
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) {
                if (entries.putIfAbsent(key.getValue(), t) != null) {
                    problems.error(SafeYaml.at(origin, key.getStartMark()), "yaml/duplicate-key",
                            "“" + key.getValue() + "”写了两次（第一次在第 " + (origin.line()
                                    + entries.get(key.getValue()).getKeyNode().getStartMark().getLine())
                                    + " 行）：请删掉其中一行。");
                }
            } else {
                problems.error(SafeYaml.at(origin, t.getKeyNode().getStartMark()), "yaml/key",
                        "键必须是一个简单的名字，例如 title。");
            }
        }
    }

    static YamlMap empty(SourcePosition origin, Problems problems) {
        return new YamlMap(new MappingNode(Tag.MAP, List.of(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK),
                origin, problems);
    }

    public SourcePosition position() {
        return self;
    }

    public String file() {
        return origin.file();
    }

    public boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    /** Where the value of {@code key} starts, or where this mapping starts when it is absent. */
    public SourcePosition positionOf(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? self : SafeYaml.at(origin, t.getValueNode().getStartMark());
    }

    public SourcePosition keyPosition(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? self : SafeYaml.at(origin, t.getKeyNode().getStartMark());
    }

    /** Reports every key not in {@code known}, suggesting the known key it most resembles. */
    public void rejectUnknown(Collection<String> known, String where) {
        for (String key : entries.keySet()) {
            if (!known.contains(key)) {
                String hint = KeySuggestion.closest(key, known)
                        .map(k -> "是不是想写“" + k + "”？")
                        .orElse("可用的键有：" + String.join("、", known) + "。");
                problems.error(keyPosition(key), "yaml/unknown-key",
                        where + "里没有“" + key + "”这个键：" + hint);
            }
        }
    }

    public Optional<String> text(String key) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode s) {
            String v = s.getValue().strip();
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }
        typeError(key, node, "一段文字");
        return Optional.empty();
    }

    public Optional<String> requiredText(String key, String meaning) {
        Optional<String> v = text(key);
        if (v.isEmpty() && !wrongTypeReported(key)) {
            problems.error(has(key) ? positionOf(key) : self, "content/missing",
                    "缺少 " + key + "（" + meaning + "）：请加上一行 " + key + ": …");
        }
        return v;
    }

    public Optional<LocalDate> date(String key) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode s) {
            String v = s.getValue().strip();
            try {
                return Optional.of(LocalDate.parse(v, ISO_DAY));
            } catch (DateTimeParseException e) {
                problems.error(positionOf(key), "content/date",
                        key + " 的值“" + v + "”不是一个真实的日期：请写成 年-月-日，例如 2024-03-15（月和日用两位数）。");
                return Optional.empty();
            }
        }
        typeError(key, node, "一个日期（例如 2024-03-15）");
        return Optional.empty();
    }

    public Optional<LocalDate> requiredDate(String key) {
        Optional<LocalDate> v = date(key);
        if (!has(key)) {
            problems.error(self, "content/missing", "缺少 " + key + "（日期）：请加一行 " + key + ": 2024-03-15 这样的日期。");
        }
        return v;
    }

    public Optional<Boolean> bool(String key) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT)));
        }
        typeError(key, node, " true 或 false（是写 true，否写 false）");
        return Optional.empty();
    }

    public Optional<Integer> integer(String key) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                return Optional.of(Integer.parseInt(s.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                // falls through to the type error: too large, or octal/hex forms
            }
        }
        typeError(key, node, "一个整数");
        return Optional.empty();
    }

    /** A list of texts; a single text is also accepted as a one-item list. */
    public List<String> textList(String key) {
        return textItems(key).stream().map(YamlText::value).toList();
    }

    /** {@link #textList} with where each text starts, for checks that point at one item. */
    public List<YamlText> textItems(String key) {
        Node node = value(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
            String v = s.getValue().strip();
            return v.isEmpty() ? List.of() : List.of(new YamlText(v, positionOf(key), false));
        }
        if (node instanceof SequenceNode seq) {
            List<YamlText> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !isNull(s)) {
                    String v = s.getValue().strip();
                    if (!v.isEmpty()) {
                        out.add(new YamlText(v, SafeYaml.at(origin, item.getStartMark()), true));
                    }
                } else if (!isNull(item)) {
                    problems.error(SafeYaml.at(origin, item.getStartMark()), "content/type",
                            key + " 列表里的每一项都应当是一段文字。");
                }
            }
            return List.copyOf(out);
        }
        typeError(key, node, "一个列表，例如 [甲, 乙]");
        return List.of();
    }

    public Optional<YamlMap> map(String key) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof MappingNode m) {
            return Optional.of(new YamlMap(m, origin, problems));
        }
        typeError(key, node, "一组“键: 值”");
        return Optional.empty();
    }

    /** A list of mappings, such as honor entries or screens. */
    public List<YamlMap> mapList(String key, String itemMeaning) {
        Node node = value(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            typeError(key, node, "一个列表，每一项以“- ”开头");
            return List.of();
        }
        List<YamlMap> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) {
                out.add(new YamlMap(m, origin, problems));
            } else {
                problems.error(SafeYaml.at(origin, item.getStartMark()), "content/type",
                        key + " 的每一项都应当是" + itemMeaning + "（“- name: …”这样的多行写法）。");
            }
        }
        return out;
    }

    /** Keys in file order, for mappings whose keys are data (a playlist item's source). */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    private Node value(String key) {
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return null;
        }
        return t.getValueNode();
    }

    private final java.util.Set<String> typeErrors = new java.util.HashSet<>();

    private boolean wrongTypeReported(String key) {
        return typeErrors.contains(key);
    }

    private void typeError(String key, Node node, String expected) {
        typeErrors.add(key);
        String found = node instanceof SequenceNode ? "一个列表" : node instanceof MappingNode ? "一组“键: 值”" : "“"
                + ((ScalarNode) node).getValue() + "”";
        problems.error(positionOf(key), "content/type", key + " 应当是" + expected + "，这里写的是" + found + "。");
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }
}
