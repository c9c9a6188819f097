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

    public static Optional<Language> of(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
