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
            "screens", "review", "privacy", "rules", "types", "targets", "images",
            "branches", "temporary");
    private static final List<String> IMAGE_KEYS = List.of("keep_original");
    private static final List<String> TEMPORARY_KEYS = List.of("from", "until", "parent_branch");
    /** A branch's id is the name of its folder under branches/: ASCII, so addresses need no escaping. */
    private static final java.util.regex.Pattern BRANCH_ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
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
        List<Screen> screens = ScreensLoader.load(map, problems);
        Branching branching = branching(map, start, problems);
        checkReach(screens, branching, problems);
        return new SiteSettings(title, subtitle, language, baseUrl, pageSize, review, privacy,
                types, screens, rules(map, start, language, problems),
                TargetsLoader.load(map, types, language, problems), branching,
                map.map("images").map(SettingsLoader::images).orElse(SiteSettings.Images.DEFAULT));
    }

    /**
     * A screen's {@code branches:} and {@code by: branch} draw from a 党总支's branches: only its
     * site.yaml may write them, and only with ids its {@code branches:} lists.
     */
    private static void checkReach(List<Screen> screens, Branching branching, Problems problems) {
        List<String> ids = branching.branches().stream().map(Branching.BranchRef::id).toList();
        for (Screen screen : screens) {
            for (Screen.PlaylistItem item : screen.playlist()) {
                if (!branching.federated() && (item.byBranch() || !item.reach().own())) {
                    problems.error(item.reach().at().orElse(item.at()), "screens/branches",
                            "屏幕 " + screen.id() + " 的播放项要从各支部取内容（" + (item.byBranch() ? "by: branch" : "branches")
                                    + "），但这个 site.yaml 没有 branches：只有党总支的 site.yaml 能这样写。"
                                    + "支部自己的屏幕请删去这一行。");
                    continue;
                }
                for (String id : item.reach().ids()) {
                    if (!ids.contains(id)) {
                        problems.error(item.reach().at().orElseThrow(), "screens/branches", "屏幕 " + screen.id()
                                + " 的 branches 里的“" + id + "”不是本党总支的支部代号：可以写 all（全部支部），或写 "
                                + String.join("、", ids) + " 中的几个。");
                    }
                }
            }
        }
    }

    /** {@code branches:} (a 党总支's) and {@code temporary:} (a temporary branch's). */
    private static Branching branching(YamlMap map, SourcePosition start, Problems problems) {
        List<Branching.BranchRef> branches = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (org.branchpress.yaml.YamlText id : map.textItems("branches")) {
            if (!BRANCH_ID.matcher(id.value()).matches()) {
                problems.error(id.position(), "settings/branch-id",
                        "支部代号“" + id.value() + "”不能用作文件夹名：代号就是 branches/ 下那个支部文件夹的名字，"
                                + "只能用小写英文字母、数字和连字符（例如 yishi、lin-shi），请把文件夹和这里改成同一个代号。");
            } else if (!seen.add(id.value())) {
                problems.error(id.position(), "settings/branch-twice",
                        "支部代号“" + id.value() + "”在 branches 里写了两次：请删去一个。");
            } else {
                branches.add(new Branching.BranchRef(id.value(), id.position()));
            }
        }
        Optional<Branching.Temporary> temporary = map.map("temporary").flatMap(t -> temporary(t, problems));
        return new Branching(List.copyOf(branches), map.has("branches") ? map.positionOf("branches") : start,
                temporary);
    }

    private static Optional<Branching.Temporary> temporary(YamlMap t, Problems problems) {
        t.rejectUnknown(TEMPORARY_KEYS, "temporary ");
        Optional<java.time.LocalDate> from = t.requiredDate("from");
        Optional<java.time.LocalDate> until = t.requiredDate("until");
        if (from.isEmpty() || until.isEmpty()) {
            return Optional.empty();
        }
        if (until.get().isBefore(from.get())) {
            problems.error(t.positionOf("until"), "settings/temporary-window",
                    "临时党支部的撤销日期 until（" + until.get() + "）早于成立日期 from（" + from.get() + "）：请改正其中一个日期。");
            return Optional.empty();
        }
        return Optional.of(new Branching.Temporary(from.get(), until.get(), t.text("parent_branch")));
    }

    private static SiteSettings.Images images(YamlMap i) {
        i.rejectUnknown(IMAGE_KEYS, "images ");
        return new SiteSettings.Images(i.bool("keep_original").orElse(false));
    }

    private static SiteSettings defaults(String title, SourcePosition settingsFile) {
        return new SiteSettings(title, "", Language.ZH_CN, Optional.empty(), SiteSettings.DEFAULT_PAGE_SIZE,
                new SiteSettings.Review(false, List.of(), List.of()), new SiteSettings.Privacy(true, true),
                SiteSettings.DEFAULT_ACTIVITY_TYPES, List.of(), ComplianceRule.defaults(settingsFile), List.of(),
                Branching.single(settingsFile), SiteSettings.Images.DEFAULT);
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
