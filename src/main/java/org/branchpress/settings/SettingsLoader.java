package org.branchpress.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.branchpress.source.SettingsFile;
import org.branchpress.yaml.SafeYaml;
import org.branchpress.yaml.YamlMap;

/** Stage 1: {@code site.yaml} → {@link SiteSettings}, every mistake reported with its line. */
public final class SettingsLoader {
    private static final List<String> KEYS = List.of("title", "subtitle", "language", "base_url", "page_size",
            "screens", "review", "privacy", "rules", "types", "targets", "images");
    private static final List<String> IMAGE_KEYS = List.of("keep_original");
    private static final List<String> REVIEW_KEYS = List.of("required", "blocked", "warn");
    private static final List<String> PRIVACY_KEYS = List.of("absentees", "member_stats");
    private static final List<String> RULE_KEYS = List.of("type", "period", "at_least", "off");

    private SettingsLoader() {
    }

    /**
     * Reads settings; a missing or unreadable site.yaml gives the defaults.
     *
     * @param missingDisplay how problems name site.yaml when there is none (a default rule's
     *                       findings point there: the file to create to change the rule)
     */
    public static SiteSettings load(Optional<SettingsFile> file, String missingDisplay, Problems problems) {
        if (file.isEmpty()) {
            return defaults("党支部", SourcePosition.wholeFile(missingDisplay));
        }
        SettingsFile source = file.get();
        SourcePosition start = new SourcePosition(source.display(), 1, 1);
        return SafeYaml.parseMapping(source.text(), source.display(), 1, problems)
                .map(map -> load(map, start, problems))
                .orElseGet(() -> defaults("党支部", start));
    }

    private static SiteSettings load(YamlMap map, SourcePosition start, Problems problems) {
        map.rejectUnknown(KEYS, "site.yaml ");
        String title = map.requiredText("title", "支部或网站的名称").orElse("党支部");
        String subtitle = map.text("subtitle").orElse("");
        Language language = map.text("language").map(tag -> Language.of(tag).orElseGet(() -> {
            problems.error(map.positionOf("language"), "settings/language",
                    "language 只能是 zh-CN（简体）或 zh-TW（繁体），这里写的是“" + tag + "”。");
            return Language.ZH_CN;
        })).orElse(Language.ZH_CN);
        Optional<String> baseUrl = map.text("base_url").map(url -> normaliseBaseUrl(url, map, problems));
        int pageSize = map.integer("page_size").orElse(SiteSettings.DEFAULT_PAGE_SIZE);
        if (pageSize < 1 || pageSize > 500) {
            problems.error(map.positionOf("page_size"), "settings/page-size",
                    "page_size 是每页列出的条数，应在 1 到 500 之间，这里是 " + pageSize + "。");
            pageSize = SiteSettings.DEFAULT_PAGE_SIZE;
        }
        SiteSettings.Review review = map.map("review").map(r -> review(r)).orElse(
                new SiteSettings.Review(false, List.of(), List.of()));
        SiteSettings.Privacy privacy = map.map("privacy").map(p -> privacy(p, problems)).orElse(
                new SiteSettings.Privacy(true, true));
        List<String> types = activityTypes(map, language);
        return new SiteSettings(title, subtitle, language, baseUrl, pageSize, review, privacy,
                types, ScreensLoader.load(map, problems), rules(map, start, language, problems),
                TargetsLoader.load(map, types, language, problems),
                map.map("images").map(SettingsLoader::images).orElse(SiteSettings.Images.DEFAULT));
    }

    private static SiteSettings.Images images(YamlMap i) {
        i.rejectUnknown(IMAGE_KEYS, "images ");
        return new SiteSettings.Images(i.bool("keep_original").orElse(false));
    }

    private static SiteSettings defaults(String title, SourcePosition settingsFile) {
        return new SiteSettings(title, "", Language.ZH_CN, Optional.empty(), SiteSettings.DEFAULT_PAGE_SIZE,
                new SiteSettings.Review(false, List.of(), List.of()), new SiteSettings.Privacy(true, true),
                SiteSettings.DEFAULT_ACTIVITY_TYPES, List.of(), ComplianceRule.defaults(settingsFile), List.of());
    }

    private static String normaliseBaseUrl(String url, YamlMap map, Problems problems) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            problems.error(map.positionOf("base_url"), "settings/base-url",
                    "base_url 应当以 http:// 或 https:// 开头，例如 http://intranet.example/branch/。");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private static SiteSettings.Review review(YamlMap r) {
        r.rejectUnknown(REVIEW_KEYS, "review ");
        return new SiteSettings.Review(r.bool("required").orElse(false), r.textList("blocked"), r.textList("warn"));
    }

    private static SiteSettings.Privacy privacy(YamlMap p, Problems problems) {
        p.rejectUnknown(PRIVACY_KEYS, "privacy ");
        return new SiteSettings.Privacy(portalOrNowhere(p, "absentees", problems),
                portalOrNowhere(p, "member_stats", problems));
    }

    private static boolean portalOrNowhere(YamlMap p, String key, Problems problems) {
        String v = p.text(key).orElse("portal");
        if (!v.equals("portal") && !v.equals("nowhere")) {
            problems.error(p.positionOf(key), "settings/privacy",
                    "privacy." + key + " 只能是 portal（只在门户显示）或 nowhere（哪里都不显示），这里写的是“" + v + "”。");
        }
        return !v.equals("nowhere");
    }

    /**
     * The default rules, each replaced by a rule of site.yaml for the same type, or dropped by
     * {@code off: true}; site.yaml may add rules for new types.
     */
    private static List<ComplianceRule> rules(YamlMap map, SourcePosition settingsFile, Language language,
                                              Problems problems) {
        java.util.Map<String, ComplianceRule> byType = new java.util.LinkedHashMap<>();
        ComplianceRule.defaults(settingsFile, language).forEach(r -> byType.put(r.type(), r));
        for (YamlMap r : map.mapList("rules", "一条规则（- type: 支委会 …）")) {
            r.rejectUnknown(RULE_KEYS, "rules 的一项");
            Optional<String> type = r.requiredText("type", "活动类型，例如 支委会")
                    .map(t -> ActivityTypes.canonical(t, language));
            if (type.isEmpty()) {
                continue;
            }
            if (r.bool("off").orElse(false)) {
                byType.remove(type.get());
                continue;
            }
            String periodKey = r.text("period").orElse("month");
            Optional<ComplianceRule.Period> period = ComplianceRule.Period.of(periodKey);
            if (period.isEmpty()) {
                problems.error(r.positionOf("period"), "settings/rule-period",
                        "period 只能是 month（每月）、quarter（每季度）或 year（每年），这里写的是“" + periodKey + "”。");
                continue;
            }
            int atLeast = r.integer("at_least").orElse(1);
            if (atLeast < 1 || atLeast > 100) {
                problems.error(r.positionOf("at_least"), "settings/rule-count",
                        "at_least 是每个周期至少要开展的次数，应在 1 到 100 之间，这里是 " + atLeast + "。");
                continue;
            }
            byType.put(type.get(), new ComplianceRule(type.get(), period.get(), atLeast, r.position()));
        }
        return List.copyOf(byType.values());
    }

    /** Default types, the branch's own of {@code types:} (技术交流), and any type that site.yaml's rules name. */
    private static List<String> activityTypes(YamlMap map, Language language) {
        List<String> types = new ArrayList<>(ActivityTypes.defaults(language));
        map.textList("types").stream().map(t -> ActivityTypes.canonical(t, language)).filter(t -> !types.contains(t))
                .forEach(types::add);
        if (map.has("rules")) {
            for (YamlMap rule : map.mapList("rules", "一条规则")) {
                rule.text("type").map(t -> ActivityTypes.canonical(t, language)).filter(t -> !types.contains(t))
                        .ifPresent(types::add);
            }
        }
        return List.copyOf(types);
    }
}
