package org.branchpress.yaml;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.branchpress.problem.Problem;
import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The only door to SnakeYAML. Composes a node tree (never Java objects) with limits on
 * aliases, nesting and size, refuses tags outside YAML's core schema, and turns every
 * parse failure into a {@link Problem} at the right line of the content file.
 */
public final class SafeYaml {
    /** Limits that keep a hostile file (billion laughs, deep nesting) small and fast. */
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 30;
    static final int MAX_CODE_POINTS = 2_000_000;

    private static final Set<Tag> CORE_TAGS = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.NULL, Tag.FLOAT,
            Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

    /** A Yaml instance is not thread-safe but is reusable: one per parsing thread. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(SafeYaml::yaml);

    private SafeYaml() {
    }

    /**
     * Parses {@code text}, which starts at line {@code firstLine} of {@code file}.
     * Returns the top-level mapping, or empty after reporting why there is none.
     */
    public static Optional<YamlMap> parseMapping(String text, String file, int firstLine, Problems problems) {
        SourcePosition origin = new SourcePosition(file, firstLine, 1);
        List<String> lines = text.lines().toList();
        if (KeyColons.report(lines, origin, problems)) {
            return Optional.empty();
        }
        Node root;
        try {
            root = YAML.get().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            YamlMessages.Explanation why = YamlMessages.explain(e, lines);
            problems.add(Problem.error(at(origin, why.mark()), "yaml/syntax", why.message()));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(Problem.error(origin, "yaml/syntax", YamlMessages.explain(e)));
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(YamlMap.empty(origin, problems));
        }
        if (!checkTags(root, origin, problems, 0)) {
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.error(at(origin, root.getStartMark()), "yaml/not-a-mapping",
                    "这里应当是“键: 值”形式的设置（例如 title: 标题），而不是一个列表或一段文字。");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(mapping, origin, problems));
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setTagInspector(tag -> false);
        return new Yaml(new SafeConstructor(options));
    }

    /** Refuses {@code !!java…} and other tags outside the core schema anywhere in the tree. */
    private static boolean checkTags(Node node, SourcePosition origin, Problems problems, int depth) {
        if (depth > MAX_DEPTH) {
            return true; // composer already bounds depth; aliases are not followed twice
        }
        if (!CORE_TAGS.contains(node.getTag())) {
            problems.error(at(origin, node.getStartMark()), "yaml/tag",
                    "不支持 YAML 标签“" + YamlMessages.shortTag(node.getTag().getValue()) + "”：请删掉以 ! 开头的标记，只写普通的文字、列表或“键: 值”。");
            return false;
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (!checkTags(t.getKeyNode(), origin, problems, depth + 1)
                        || !checkTags(t.getValueNode(), origin, problems, depth + 1)) {
                    return false;
                }
            }
        } else if (node instanceof SequenceNode s) {
            for (Node child : s.getValue()) {
                if (!checkTags(child, origin, problems, depth + 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    static SourcePosition at(SourcePosition origin, Mark mark) {
        if (mark == null) {
            return origin;
        }
        return new SourcePosition(origin.file(), origin.line() + mark.getLine(), mark.getColumn() + 1);
    }
}
