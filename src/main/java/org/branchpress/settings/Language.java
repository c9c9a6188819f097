package org.branchpress.settings;

import java.util.Arrays;
import java.util.Optional;

/** The language of labels and dates: simplified (zh-CN) or traditional (zh-TW) Chinese. */
public enum Language {
    ZH_CN("zh-CN"), ZH_TW("zh-TW");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public boolean traditional() {
        return this == ZH_TW;
    }

    /**
     * The order Chinese readers expect for names and tags: pinyin for simplified Chinese, stroke
     * count (姓氏笔画, as official lists in traditional script use) for traditional, by the JDK's
     * collation rules for zh-CN and zh-TW; names they hold equal in code point order, so the
     * order never depends on the input's.
     */
    public java.util.Comparator<String> order() {
        java.text.Collator collator = java.text.Collator.getInstance(traditional()
                ? java.util.Locale.TRADITIONAL_CHINESE : java.util.Locale.SIMPLIFIED_CHINESE);
        return java.util.Comparator.<String, String>comparing(s -> s, collator).thenComparing(java.util.Comparator.naturalOrder());
    }

    public static Optional<Language> of(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
