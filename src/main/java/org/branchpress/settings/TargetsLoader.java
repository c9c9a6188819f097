package org.branchpress.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.branchpress.problem.Problems;
import org.branchpress.yaml.KeySuggestion;
import org.branchpress.yaml.YamlMap;

/** {@code targets:} of site.yaml → {@link MemberTarget}s, each mistake at its line. */
final class TargetsLoader {
    private static final List<String> KEYS = List.of("name", "period", "items");
    private static final List<String> GOAL_KEYS = List.of("label", "type", "role", "tally", "at_least");

    private TargetsLoader() {
    }

    /** @param types the site's activity types: a goal's type must be one of them */
    static List<MemberTarget> load(YamlMap site, List<String> types, Language language, Problems problems) {
        List<MemberTarget> out = new ArrayList<>();
        for (YamlMap t : site.mapList("targets", "一组目标（- name: 学习提升“1+4+1” …）")) {
            t.rejectUnknown(KEYS, "targets 的一项");
            Optional<String> name = t.requiredText("name", "目标的名称，例如 学习提升“1+4+1”");
            String period = t.text("period").orElse("year");
            if (!period.equals("year")) {
                problems.error(t.positionOf("period"), "settings/target-period",
                        "targets 的 period 目前只能是 year（每年），这里写的是“" + period + "”。");
            }
            if (!t.has("items")) {
                problems.error(t.position(), "content/missing", "目标缺少 items（各项指标）：请加上 items:，每项写成 "
                        + "{label: 参加专业技术交流, type: 技术交流, role: attendee, at_least: 4}。");
            }
            List<MemberTarget.Goal> goals = new ArrayList<>();
            for (YamlMap g : t.mapList("items", "一项指标（- {label: …, type: …, role: …, at_least: …}）")) {
                goal(g, types, language, problems).ifPresent(goals::add);
            }
            name.ifPresent(n -> out.add(new MemberTarget(n, goals, t.position())));
        }
        return List.copyOf(out);
    }

    private static Optional<MemberTarget.Goal> goal(YamlMap g, List<String> types, Language language,
                                                    Problems problems) {
        g.rejectUnknown(GOAL_KEYS, "targets 的指标");
        Optional<String> label = g.requiredText("label", "指标的名称，例如 参加专业技术交流");
        Optional<String> type = g.text("type").map(t -> ActivityTypes.canonical(t, language));
        Optional<String> tally = g.text("tally");
        if (type.isPresent() == tally.isPresent()) {
            problems.error(g.position(), "settings/target-goal", "每项指标要写 type（按活动类型和角色计数）或 tally"
                    + "（按 tallies/年份.yaml 里的一栏计数），二者只写一个。");
            return Optional.empty();
        }
        if (type.isPresent() && !types.contains(type.get())) {
            String hint = KeySuggestion.closest(type.get(), types).map(k -> "是不是想写“" + k + "”？").orElse("");
            problems.error(g.positionOf("type"), "settings/target-type", "指标的 type“" + type.get() + "”不是活动类型："
                    + hint + "可用的类型有：" + String.join("、", types) + "；新的类型请先写进 site.yaml 的 types。");
            return Optional.empty();
        }
        Optional<MemberTarget.Role> role = Optional.empty();
        if (type.isPresent()) {
            String written = g.text("role").orElse("attendee");
            role = MemberTarget.Role.of(written);
            if (role.isEmpty()) {
                problems.error(g.positionOf("role"), "settings/target-role", "role 只能是 speaker（发言）、attendee"
                        + "（参加）或 host（主持），这里写的是“" + written + "”。");
                return Optional.empty();
            }
        } else if (g.has("role")) {
            problems.error(g.positionOf("role"), "settings/target-role",
                    "按 tally 计数的指标没有 role：请删掉 role，或改用 type 按活动计数。");
        }
        int atLeast = g.integer("at_least").orElse(1);
        if (atLeast < 1 || atLeast > 1000) {
            problems.error(g.positionOf("at_least"), "settings/target-count",
                    "at_least 是每人每年至少要达到的次数，应在 1 到 1000 之间，这里是 " + atLeast + "。");
            return Optional.empty();
        }
        Optional<MemberTarget.Role> counted = role;
        return label.map(l -> new MemberTarget.Goal(l, type, counted, tally, atLeast));
    }
}
