package org.branchpress.settings;

import java.util.List;

/**
 * CONTENT-FORMAT.md's activity types in the site's script. A traditional (zh-TW) site names
 * them 主題黨日, 黨課 … on its pages and in its rules, and an activity typed in the other script
 * (主题党日 on a zh-TW site, pasted from a mainland notice) is the same type, not a new one.
 */
public final class ActivityTypes {
    /** The defaults in simplified characters; {@link #TRADITIONAL} holds the same types, in order. */
    static final List<String> SIMPLIFIED = List.of(
            "支部党员大会", "支委会", "党小组会", "党课", "主题党日", "组织生活会", "民主评议党员",
            "志愿服务", "专题学习", "其他");
    static final List<String> TRADITIONAL = List.of(
            "支部黨員大會", "支委會", "黨小組會", "黨課", "主題黨日", "組織生活會", "民主評議黨員",
            "志願服務", "專題學習", "其他");

    /** 支部党员大会 and 支委会 are valid only with more than half of their members present. */
    private static final List<Integer> QUORUM = List.of(0, 1);

    private ActivityTypes() {
    }

    /** The default types as {@code language} writes them. */
    public static List<String> defaults(Language language) {
        return language == Language.ZH_TW ? TRADITIONAL : SIMPLIFIED;
    }

    /** The default type number {@code index} (0 = 支部党员大会) as {@code language} writes it. */
    static String named(int index, Language language) {
        return defaults(language).get(index);
    }

    /**
     * The type as the site writes it: a default type typed in the other script becomes the
     * site's own form; any other text is returned as it is.
     */
    public static String canonical(String typed, Language language) {
        int index = SIMPLIFIED.indexOf(typed);
        if (index < 0) {
            index = TRADITIONAL.indexOf(typed);
        }
        return index < 0 ? typed : defaults(language).get(index);
    }

    /** Who a meeting of a type expects (应到), as far as the roster can tell. */
    public enum Expected {
        /** Every counted member of the branch: 支部党员大会, 党课, 主题党日, 组织生活会, 民主评议党员, 专题学习. */
        BRANCH,
        /** The members of the organizing 党小组: 党小组会. */
        GROUP,
        /**
         * Whom the roster cannot tell: the 支委 of a 支委会, the volunteers of a 志愿服务, whoever
         * comes to 其他 and the branch's own types (技术交流); their names count as before.
         */
        NAMES
    }

    public static Expected expected(String type) {
        if (is(2, type)) {
            return Expected.GROUP;
        }
        return is(0, type) || is(3, type) || is(4, type) || is(5, type) || is(6, type) || is(8, type)
                ? Expected.BRANCH : Expected.NAMES;
    }

    /** An organizer that names a 党小组 (第一党小组, 外场临时党小组), in either script. */
    public static boolean isGroup(String organizer) {
        return organizer.endsWith("党小组") || organizer.endsWith("黨小組");
    }

    private static boolean is(int index, String type) {
        return SIMPLIFIED.get(index).equals(type) || TRADITIONAL.get(index).equals(type);
    }

    /** True for 支部党员大会 and 支委会, in either script: they need a quorum. */
    public static boolean needsQuorum(String type) {
        return QUORUM.stream().anyMatch(i -> is(i, type));
    }
}
