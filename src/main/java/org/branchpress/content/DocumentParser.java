package org.branchpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.branchpress.settings.ActivityTypes;
import org.branchpress.settings.Roster;
import org.branchpress.settings.SiteSettings;
import org.branchpress.source.AssetFile;
import org.branchpress.source.ContentKind;
import org.branchpress.source.SourceFile;
import org.branchpress.yaml.KeySuggestion;
import org.branchpress.yaml.SafeYaml;
import org.branchpress.yaml.YamlMap;
import org.branchpress.yaml.YamlText;

/**
 * Stage 3: a source file → a typed {@link Document}. Every field of CONTENT-FORMAT.md is
 * checked here, with the file, line and column of the value; the parser goes on after a
 * problem so one run lists them all. Returns empty when the file cannot become a page.
 */
public final class DocumentParser {
    static final List<String> COMMON = List.of("title", "date", "slug", "tags", "summary", "cover", "draft",
            "status", "reviewer", "approver", "screen", "show_from", "show_until");
    static final List<String> CASE = with("source", "author", "branch");
    static final List<String> HONOR = with("kind", "period", "issuer", "entries");
    static final List<String> HONOREE = List.of("name", "unit", "photo", "citation", "members", "screen",
            "branch");
    static final List<String> ACTIVITY = with("type", "location", "organizer", "host", "attendees", "absent",
            "leave", "speakers", "guests", "photos", "attendance");
    /** A notice is dated by its window, so it has no {@code date} of its own. */
    static final List<String> NOTICE = with("screens", "urgent", "portal").stream().filter(k -> !k.equals("date"))
            .toList();
    static final List<String> ATTENDANCE = List.of("present", "expected");

    private final SiteSettings settings;
    private final Map<String, AssetFile> assets;
    private final Problems problems;
    private final NameLists names;
    /** Present when the site has a members.yaml: every name is checked against it. */
    private final Optional<RosterNames> roster;

    public DocumentParser(SiteSettings settings, Map<String, AssetFile> assets, Optional<Roster> roster,
                          Problems problems) {
        this.settings = settings;
        this.assets = assets;
        this.problems = problems;
        this.names = new NameLists(problems);
        this.roster = roster.map(r -> new RosterNames(r, problems));
    }

    public Optional<Document> parse(SourceFile file) {
        return FrontMatter.split(file, problems).flatMap(fm ->
                SafeYaml.parseMapping(fm.yaml(), file.display(), fm.yamlFirstLine(), problems)
                        .flatMap(map -> parse(file, fm, map)));
    }

    private Optional<Document> parse(SourceFile file, FrontMatter fm, YamlMap map) {
        ContentKind kind = file.kind();
        map.rejectUnknown(switch (kind) {
            case CASE -> CASE;
            case HONOR -> HONOR;
            case ACTIVITY -> ACTIVITY;
            case PAGE -> COMMON;
            case NOTICE -> NOTICE;
        }, "front matter ");
        Optional<Meta> meta = meta(file, map);
        Placeholders.report(file, fm, meta.map(Meta::draft).orElse(false), problems);
        return switch (kind) {
            case CASE -> meta.map(m -> new CaseStudy(file, m, fm.body(), map.text("source"), map.text("author"),
                    map.text("branch")));
            case HONOR -> honorRoll(file, map, meta, fm.body());
            case ACTIVITY -> activity(file, map, meta, fm.body());
            case PAGE -> meta.map(m -> new FreePage(file, m, fm.body()));
            case NOTICE -> notice(file, map, meta, fm.body());
        };
    }

    private Optional<Meta> meta(SourceFile file, YamlMap map) {
        Optional<String> title = map.requiredText("title", "标题");
        Optional<java.time.LocalDate> showFrom = map.date("show_from");
        Optional<java.time.LocalDate> showUntil = map.date("show_until");
        var date = switch (file.kind()) {
            case PAGE -> map.date("date");
            case NOTICE -> window(map, showFrom, showUntil);
            case CASE, HONOR, ACTIVITY -> map.requiredDate("date");
        };
        String slug = map.text("slug").map(s -> {
            if (!Slugs.isValid(s)) {
                problems.error(map.positionOf("slug"), "content/slug",
                        "slug 只能用小写英文字母、数字和连字符（例如 2024-zhuti-dangri），这里写的是“" + s + "”。");
            }
            return s;
        }).orElseGet(() -> Slugs.of(file.baseName()));
        Optional<ReviewStatus> status = map.text("status").flatMap(s -> {
            Optional<ReviewStatus> st = ReviewStatus.of(s);
            if (st.isEmpty()) {
                problems.error(map.positionOf("status"), "content/status",
                        "status 只能是 draft（草稿）、review（待审核）或 approved（已签发），这里写的是“" + s + "”。");
            }
            return st;
        });
        Meta meta = new Meta(title.orElse(""), date, slug, names.tags(map), map.text("summary"),
                path(file, map, "cover"), map.bool("draft").orElse(false), status, map.text("reviewer"),
                map.text("approver"), map.bool("screen").orElse(true), showFrom, showUntil,
                new Meta.Lines(map.has("title") ? map.positionOf("title").line() : 1,
                        map.has("summary") ? map.positionOf("summary").line() : 1));
        if (title.isEmpty() || (file.kind() != ContentKind.PAGE && date.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(meta);
    }

    /**
     * A notice's window, both days required (a notice without an end would take over a screen
     * for good): its {@code show_from} is its date.
     */
    private Optional<java.time.LocalDate> window(YamlMap map, Optional<java.time.LocalDate> from,
                                                 Optional<java.time.LocalDate> until) {
        for (String key : List.of("show_from", "show_until")) {
            String other = key.equals("show_from") ? "show_until" : "show_from";
            if (!map.has(key)) { // at the other day's line when there is one: the fix goes beside it
                problems.error(map.has(other) ? map.positionOf(other) : map.position(), "content/notice-window", "通知缺少 " + key + "（"
                        + (key.equals("show_from") ? "开始" : "最后") + "显示的日期）：请加一行 " + key
                        + ": 2025-06-20 这样的日期；通知只在 show_from 到 show_until 之间上屏幕。");
            }
        }
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            problems.error(map.positionOf("show_until"), "content/notice-window", "show_until（" + until.get()
                    + "）早于 show_from（" + from.get() + "）：请改正日期，show_until 是通知最后显示的那一天。");
        }
        return until.isPresent() ? from : Optional.empty();
    }

    private Optional<Document> notice(SourceFile file, YamlMap map, Optional<Meta> meta, Body body) {
        List<String> known = settings.screens().isEmpty() ? List.of("default")
                : settings.screens().stream().map(org.branchpress.settings.Screen::id).toList();
        List<String> screens = new ArrayList<>();
        for (var id : map.textItems("screens")) {
            if (known.contains(id.value())) {
                screens.add(id.value());
                continue;
            }
            String hint = known.stream().filter(k -> KeySuggestion.distance(id.value(), k) <= 2).findFirst()
                    .map(k -> "是不是想写“" + k + "”？").orElse("");
            problems.error(id.position(), "content/notice-screen", "screens 里的“" + id.value()
                    + "”不是 site.yaml 里的屏幕：" + hint + "可用的屏幕有 " + String.join("、", known)
                    + "；不写 screens 则在每块屏幕上显示。");
        }
        boolean urgent = map.bool("urgent").orElse(false);
        boolean portal = map.bool("portal").orElse(false);
        return meta.map(m -> new Notice(file, m, body, List.copyOf(screens), urgent, portal));
    }

    private Optional<Document> honorRoll(SourceFile file, YamlMap map, Optional<Meta> meta, Body body) {
        Optional<String> series = map.requiredText("kind", "奖项系列，例如 党员之星");
        series.ifPresent(s -> names.checkSeries(map, s));
        if (!map.has("entries")) {
            problems.error(map.position(), "content/missing",
                    "光荣榜缺少 entries（名单）：请加上 entries:，每位受表彰者写一项“- name: 姓名”。");
        }
        List<Honoree> entries = new ArrayList<>();
        for (YamlMap entry : map.mapList("entries", "一位受表彰者")) {
            entry.rejectUnknown(HONOREE, "光荣榜名单的一项");
            List<YamlText> placed = names.placedPeople(entry, "members");
            List<String> members = placed.stream().map(YamlText::value).toList();
            Optional<String> name = names.honoree(entry, !members.isEmpty());
            // an entry with branch: names a person of that branch, not of this roster (the 总支's)
            roster.filter(r -> !entry.has("branch")).ifPresent(r -> r.check(members.isEmpty() ? name.map(n -> new YamlText(n, entry.positionOf("name"),
                    false)).stream().toList() : placed, members.isEmpty() ? "name" : "members", Set.of(), false));
            if (name.isEmpty()) {
                problems.error(entry.position(), "content/missing",
                        "名单里这一项没有 name（姓名或团队名）：请加上“name: 姓名”。");
                continue;
            }
            // a member the roster keeps off the screens (screen: false) keeps their entry, or their team's, off too
            boolean screen = entry.bool("screen").orElse(true) && roster.map(r -> r.allowOnScreen(
                    members.isEmpty() ? List.of(name.get()) : members)).orElse(true);
            entries.add(new Honoree(name.get(), entry.text("unit"), path(file, entry, "photo"), entry.text("citation"),
                    members, screen,
                    (entry.has("citation") ? entry.positionOf("citation") : entry.position()).line(),
                    branchOf(entry)));
        }
        if (meta.isEmpty() || series.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HonorRoll(file, meta.get(), body, series.get(), map.text("period"), map.text("issuer"),
                List.copyOf(entries)));
    }

    /** An entry's {@code branch:}: one of the 党总支's {@code branches:}, else an error at its line. */
    private Optional<String> branchOf(YamlMap entry) {
        Optional<String> branch = entry.text("branch");
        List<String> ids = settings.branching().branches().stream()
                .map(org.branchpress.settings.Branching.BranchRef::id).toList();
        if (branch.isPresent() && !ids.contains(branch.get())) {
            problems.error(entry.positionOf("branch"), "content/honoree-branch", ids.isEmpty()
                    ? "branch 只能写在党总支的光荣榜里（site.yaml 有 branches 时）：这里是“" + branch.get() + "”，请删去这一行。"
                    : "branch 的值“" + branch.get() + "”不是本党总支的支部代号：可以写的有 " + String.join("、", ids) + "。");
            return Optional.empty();
        }
        return branch;
    }

    private Optional<Document> activity(SourceFile file, YamlMap map, Optional<Meta> meta, Body body) {
        Optional<String> type = map.requiredText("type", "活动类型，例如 主题党日")
                .map(t -> ActivityTypes.canonical(t, settings.language()));
        type.filter(t -> !settings.activityTypes().contains(t) && !Placeholders.in(t))
                .ifPresent(t -> unknownType(map, t));
        Optional<String> host = names.person(map, "host", "主持人");
        Map<String, List<YamlText>> people = new java.util.LinkedHashMap<>();
        host.ifPresent(h -> people.put("host", List.of(new YamlText(h, map.positionOf("host"), false))));
        for (String key : List.of("attendees", "absent", "leave", "speakers")) {
            people.put(key, names.placedPeople(map, key));
        }
        // a guest is written as the officer would introduce them (上级党委组织部 刘某): a space is no list
        List<String> guests = map.textList("guests");
        Optional<Attendance> counted = roster.flatMap(r -> r.activity(map, people, guests, meta.flatMap(Meta::date), type));
        List<String> photos = new ArrayList<>();
        for (String written : map.textList("photos")) {
            checkedPath(file, map.positionOf("photos"), written).ifPresent(photos::add);
        }
        Optional<Attendance> attendance = map.map("attendance").flatMap(this::attendance);
        if (meta.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Activity(file, meta.get(), body, type.get(), map.text("location"),
                map.text("organizer"), host, values(people, "attendees"), values(people, "absent"), values(people, "leave"),
                values(people, "speakers"), guests, List.copyOf(photos), attendance, counted));
    }

    static List<String> values(Map<String, List<YamlText>> people, String key) {
        return people.get(key).stream().map(YamlText::value).toList();
    }

    /**
     * A type one character away from a known one is a typo (主题党曰) and would be missed by
     * the 三会一课 count: an error. Any other new type (专题学习研讨) is the branch's own kind of
     * activity, counted without a rule: a warning.
     */
    private void unknownType(YamlMap map, String type) {
        String known = String.join("、", settings.activityTypes());
        Optional<String> typo = settings.activityTypes().stream()
                .filter(k -> KeySuggestion.distance(type, k) == 1).findFirst();
        if (typo.isPresent()) {
            problems.error(map.positionOf("type"), "content/activity-type", "活动类型“" + type + "”不在允许的类型里，是不是想写“"
                    + typo.get() + "”？可用的类型有：" + known + "。");
        } else {
            problems.warning(map.positionOf("type"), "content/activity-type", "活动类型“" + type
                    + "”不是常用类型（" + known + "），会单独统计、不计入三会一课；如果写错了，请改成其中之一。");
        }
    }

    private Optional<Attendance> attendance(YamlMap a) {
        a.rejectUnknown(ATTENDANCE, "attendance ");
        Optional<Integer> present = a.integer("present");
        Optional<Integer> expected = a.integer("expected");
        if (present.isEmpty() || expected.isEmpty()) {
            problems.error(a.position(), "content/attendance",
                    "attendance 需要同时写 present（实到人数）和 expected（应到人数），例如 {present: 28, expected: 30}。");
            return Optional.empty();
        }
        if (present.get() < 0 || expected.get() <= 0 || present.get() > expected.get()) {
            problems.error(a.positionOf("present"), "content/attendance",
                    "实到人数（present: " + present.get() + "）不能多于应到人数（expected: " + expected.get()
                            + "），两者都不能是负数，应到人数至少为 1。");
            return Optional.empty();
        }
        return Optional.of(new Attendance(present.get(), expected.get()));
    }

    /** A path field: resolved inside content/ and checked to exist. */
    private Optional<String> path(SourceFile file, YamlMap map, String key) {
        return map.text(key).flatMap(written -> checkedPath(file, map.positionOf(key), written));
    }

    private Optional<String> checkedPath(SourceFile file, SourcePosition at, String written) {
        Optional<String> resolved = ContentPaths.resolve(file.folder(), written);
        if (resolved.isEmpty()) {
            problems.error(at, "content/path-outside",
                    "路径“" + written + "”指向了 content/ 之外：图片和附件请放进 content/media/，并写成 media/… 这样的路径。");
            return Optional.empty();
        }
        if (!assets.containsKey(resolved.get())) {
            problems.error(at, "content/missing-file",
                    "找不到文件“" + written + "”（应在 content/" + resolved.get() + "）：请把文件复制到那里，或改正路径和文件名（注意大小写和扩展名）。");
            return Optional.empty();
        }
        return resolved;
    }

    private static List<String> with(String... extra) {
        List<String> keys = new ArrayList<>(COMMON);
        keys.addAll(List.of(extra));
        return List.copyOf(keys);
    }
}
