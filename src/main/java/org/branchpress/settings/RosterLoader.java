package org.branchpress.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchpress.problem.Problems;
import org.branchpress.source.SettingsFile;
import org.branchpress.yaml.SafeYaml;
import org.branchpress.yaml.YamlMap;

/**
 * {@code members.yaml} → {@link Roster}, every mistake at its line (as {@link SettingsLoader}
 * reads site.yaml). No file: no roster, and the site is built exactly as without one.
 */
public final class RosterLoader {
    private static final List<String> KEYS = List.of("members");
    private static final java.util.regex.Pattern SEVERAL = java.util.regex.Pattern.compile(
            "[、，,；;､]|(?<=\\p{IsHan})[\\s\\u3000]+(?=\\p{IsHan})");
    private static final List<String> MEMBER_KEYS = List.of("name", "group", "status", "joined", "left", "screen",
            "branches");

    private RosterLoader() {
    }

    /**
     * The roster, when members.yaml is there and correct. A roster with a mistake is reported at
     * its line and not used: checked against it, every name of the entries it lost would be an
     * error too, and hundreds of those would bury the one line to fix (the build fails anyway).
     */
    public static Optional<Roster> load(Optional<SettingsFile> file, Problems problems) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        SettingsFile f = file.get();
        Problems own = new Problems();
        Optional<Roster> roster = SafeYaml.parseMapping(f.text(), f.display(), 1, own).map(map -> roster(f.display(), map, own));
        own.sorted().forEach(problems::add);
        return own.hasErrors() ? Optional.empty() : roster;
    }

    private static Roster roster(String display, YamlMap map, Problems problems) {
        map.rejectUnknown(KEYS, "members.yaml ");
        if (!map.has("members")) {
            problems.error(map.position(), "roster/missing", "members.yaml 缺少 members（党员名单）：请写成 members:，"
                    + "每位党员一项“- name: 姓名”，下面写 group、status。");
        }
        List<Member> members = new ArrayList<>();
        List<Roster.AlsoIn> alsoIn = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (YamlMap entry : map.mapList("members", "一位党员")) {
            member(entry, problems).ifPresent(m -> {
                Integer first = lines.putIfAbsent(m.name(), m.line());
                if (first != null) {
                    problems.error(entry.positionOf("name"), "roster/duplicate", "名册里“" + m.name()
                            + "”写了两次（第一次在第 " + first + " 行）：同一个人请删掉其中一项；两位同名的党员请在名字后加以区分，"
                            + "例如 " + m.name() + "（一室），活动记录里也这样写。");
                } else {
                    members.add(m);
                    alsoIn(entry, m.name(), problems).ifPresent(alsoIn::add);
                }
            });
        }
        return new Roster(display, members, alsoIn);
    }

    /** An entry's {@code branches:}, as written; whether it may stand here is the build's to say. */
    private static Optional<Roster.AlsoIn> alsoIn(YamlMap entry, String name, Problems problems) {
        if (!entry.has("branches")) {
            return Optional.empty();
        }
        List<org.branchpress.yaml.YamlText> ids = entry.textItems("branches");
        if (ids.isEmpty()) {
            problems.error(entry.positionOf("branches"), "roster/branches-empty", "“" + name + "”的 branches 是空的："
                    + "请写上这个人同时所在的支部代号（例如 branches: [yishi, ershi]），或删去这一行。");
            return Optional.empty();
        }
        return Optional.of(new Roster.AlsoIn(name, entry.keyPosition("branches"), ids));
    }

    /**
     * One person per entry: 、，； or a space between Chinese characters mean several names typed
     * together (a Latin name keeps its space: Mary Smith).
     */
    private static boolean single(YamlMap entry, String name, Problems problems) {
        if (SEVERAL.matcher(name).find()) {
            problems.error(entry.positionOf("name"), "roster/name", "名册的每一项只写一个人，“" + name
                    + "”像是几个人：请每人写一项“- name: 姓名”；名字中间不要有空格。");
            return false;
        }
        return true;
    }

    private static Optional<Member> member(YamlMap entry, Problems problems) {
        entry.rejectUnknown(MEMBER_KEYS, "名册的一项");
        Optional<String> name = entry.requiredText("name", "姓名").filter(n -> single(entry, n, problems));
        Optional<String> written = entry.requiredText("status", "正式党员、预备党员 或 入党积极分子");
        Optional<Member.Status> status = written.flatMap(s -> {
            Optional<Member.Status> st = Member.Status.of(s);
            if (st.isEmpty()) {
                problems.error(entry.positionOf("status"), "roster/status", "status 只能是 "
                        + String.join("、", Member.Status.labels()) + "（入党积极分子不计入应到人数），这里写的是“" + s + "”。");
            }
            return st;
        });
        Optional<LocalDate> joined = entry.date("joined");
        Optional<LocalDate> left = entry.date("left");
        if (joined.isPresent() && left.isPresent() && !left.get().isAfter(joined.get())) {
            problems.error(entry.positionOf("left"), "roster/dates", "left（转出日期 " + left.get()
                    + "）应当晚于 joined（转入日期 " + joined.get() + "）：请改正其中一个日期。");
        }
        boolean screen = entry.bool("screen").orElse(true);
        if (name.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Member(name.get(), entry.text("group"), status.get(), joined, left, screen,
                entry.position().line()));
    }
}
