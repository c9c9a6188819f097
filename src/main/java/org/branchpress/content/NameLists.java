package org.branchpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.branchpress.yaml.YamlMap;
import org.branchpress.yaml.YamlText;

/**
 * The names the site makes pages of — people, tags, award series — as the officer types
 * them. A Chinese input method separates names with 、 or ，, and Word tables with spaces
 * ({@code 王伟 李强}); YAML reads either as one name, so one person called “王伟、李强”
 * would get a page and every attendance rate would be wrong. Such a text is an error that
 * shows the line as it should be. Latin names keep their spaces ({@code Mary Smith}).
 *
 * <p>Limits: a person's name and a tag at most {@value #MAX_NAME} characters (the longest
 * real Chinese names are well under 10; a tag is a short phrase), an award series or a team
 * name at most {@value #MAX_SERIES}. Longer texts are a paragraph pasted into the wrong field.
 */
final class NameLists {
    static final int MAX_NAME = 30;
    static final int MAX_SERIES = 40;
    private static final Pattern SEPARATORS = Pattern.compile("[、，；,;､]+");
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})[\\s\\u3000\\u00A0]+(?=\\p{IsHan})");
    private static final Pattern ASCII_COMMAS_ONLY = Pattern.compile("[^、，；;､]*,[^、，；;､]*");

    private final Problems problems;

    NameLists(Problems problems) {
        this.problems = problems;
    }

    /** {@code attendees}, {@code absent}, a team's {@code members}: a list of people. */
    List<String> people(YamlMap map, String key) {
        return values(placedPeople(map, key));
    }

    /** {@link #people} with where each name is written, for the roster's check. */
    List<YamlText> placedPeople(YamlMap map, String key) {
        return list(map, key, "名字", "名单");
    }

    List<String> tags(YamlMap map) {
        return values(list(map, "tags", "标签", "标签"));
    }

    /** {@code host}: exactly one person. */
    Optional<String> person(YamlMap map, String key, String advice) {
        Optional<String> name = map.text(key);
        name.ifPresent(n -> single(map.positionOf(key), key, n, "只写一位" + advice + "，“" + n + "”是几个人："
                + "请只留" + advice + "那一位，例如 " + key + ": " + split(n).get(0) + "，其他人写进 attendees。"));
        return name;
    }

    /** An honor entry's {@code name}: a person, or the team's own name when it has members. */
    Optional<String> honoree(YamlMap entry, boolean team) {
        Optional<String> name = entry.text("name");
        if (team) {
            name.ifPresent(n -> tooLong(entry.positionOf("name"), n, MAX_SERIES, "团队名“", "团队名最多 " + MAX_SERIES
                    + " 个字，请改短；事迹请写进 citation。"));
        } else {
            name.ifPresent(n -> single(entry.positionOf("name"), "name", n, "只写一个人，“" + n + "”是几个人："
                    + "几个人一起受表彰请写成团队（name: 团队名，members: [" + String.join(", ", split(n))
                    + "]），分别受表彰请各写一项“- name: …”。"));
        }
        return name;
    }

    /** An honor roll's {@code kind}: each series gets a page across years. */
    void checkSeries(YamlMap map, String series) {
        tooLong(map.positionOf("kind"), series, MAX_SERIES, "kind“", "奖项系列名最多 " + MAX_SERIES
                + " 个字，例如 党员之星；年度请写在 period 里。");
    }

    private List<YamlText> list(YamlMap map, String key, String word, String listWord) {
        List<YamlText> items = map.textItems(key);
        List<String> fixed = new ArrayList<>();
        items.forEach(item -> fixed.addAll(split(item.value())));
        String line = key + ": [" + String.join(", ", fixed) + "]";
        for (YamlText item : items) {
            List<String> parts = split(item.value());
            if (parts.size() == 1 && !parts.get(0).equals(item.value())) {
                problems.error(item.position(), "content/name-list", key + " 里的“" + item.value()
                        + "”中间有空格，会被当成另一个" + word + "：请去掉空格，写成一行：" + line);
                return items;
            }
            if (parts.size() > 1) {
                String how = !item.inList() && ASCII_COMMAS_ONLY.matcher(item.value()).matches()
                        ? listWord + "要加上方括号" : listWord + "要用英文逗号分开";
                problems.error(item.position(), "content/name-list", key + " 里的“" + item.value() + "”是几个"
                        + word + "写在了一起：" + how + "，写成一行：" + line);
                return items;
            }
        }
        for (YamlText item : items) {
            tooLong(item.position(), item.value(), MAX_NAME, word.equals("标签") ? "标签“" : key + " 里的姓名“",
                    word.equals("标签") ? "标签是一个短语，最多 " + MAX_NAME + " 个字，请改短；较长的说明请写进 summary 或正文。"
                            : "一个姓名最多 " + MAX_NAME + " 个字，请检查是不是把别的内容写进了名单。");
        }
        return items;
    }

    /** One name where one is expected: several, or one with a space inside, is an error. */
    private void single(SourcePosition at, String key, String name, String several) {
        List<String> parts = split(name);
        if (parts.size() > 1) {
            problems.error(at, "content/name-list", key + " " + several);
        } else if (!parts.get(0).equals(name)) {
            problems.error(at, "content/name-list", key + " 的姓名“" + name + "”中间有空格，会被当成另一个人："
                    + "请去掉空格，写成 " + key + ": " + parts.get(0));
        } else {
            tooLong(at, name, MAX_NAME, key + " 的姓名“", "一个姓名最多 " + MAX_NAME + " 个字，请改短。");
        }
    }

    private void tooLong(SourcePosition at, String text, int limit, String what, String advice) {
        int length = text.codePointCount(0, text.length());
        if (length > limit) {
            String start = text.substring(0, text.offsetByCodePoints(0, 10));
            problems.error(at, "content/too-long", what + start + "…”太长（" + length + " 个字）：" + advice);
        }
    }

    /**
     * The names one text holds: split at 、，；,; and at spaces between Han characters. Single
     * characters with spaces between them are one name aligned the Word way ({@code 王　伟}).
     */
    static List<String> split(String text) {
        List<String> names = new ArrayList<>();
        for (String part : SEPARATORS.split(text)) {
            List<String> words = new ArrayList<>();
            for (String word : SPACE_BETWEEN_HAN.split(part.strip())) {
                if (!word.isBlank()) {
                    words.add(word.strip());
                }
            }
            boolean aligned = words.size() > 1 && words.stream().allMatch(w -> w.codePointCount(0, w.length()) == 1);
            if (aligned) {
                names.add(String.join("", words));
            } else {
                names.addAll(words);
            }
        }
        return names.isEmpty() ? List.of(text) : names;
    }

    private static List<String> values(List<YamlText> items) {
        return items.stream().map(YamlText::value).toList();
    }
}
