package org.branchpress.settings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchpress.problem.SourcePosition;
import org.branchpress.yaml.YamlText;

/**
 * {@code content/members.yaml}, validated: the 党员名册. When a site has one, every name its
 * records use is checked against it and 应到 is taken from it.
 *
 * @param file    how problems name members.yaml
 * @param members in file order; each name once
 * @param alsoIn  entries with {@code branches:}: in a 党总支's members.yaml, the same person as the
 *                entries of that name in those branches (the build checks where it may stand)
 */
public record Roster(String file, List<Member> members, List<AlsoIn> alsoIn) {
    public Roster {
        members = List.copyOf(members);
        alsoIn = List.copyOf(alsoIn);
    }

    public Roster(String file, List<Member> members) {
        this(file, members, List.of());
    }

    /**
     * One entry's {@code branches: [yishi, ershi]}: a 总支 committee member who is also in 一室, or
     * a member transferred from 一室 to 二室 (each branch's joined and left still say when).
     *
     * @param at       where {@code branches:} is written
     * @param branches the ids as written, each with its position
     */
    public record AlsoIn(String name, SourcePosition at, List<YamlText> branches) {
        public List<String> ids() {
            return branches.stream().map(YamlText::value).distinct().toList();
        }
    }

    public Optional<Member> member(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public boolean has(String name) {
        return member(name).isPresent();
    }

    public List<String> names() {
        return members.stream().map(Member::name).toList();
    }

    /** 应到 on that day: counted members in the branch, in roster order. */
    public List<Member> expectedOn(LocalDate day) {
        return members.stream().filter(m -> m.expectedOn(day)).toList();
    }

    /** 党小组 in the order the roster first names them. */
    public List<String> groups() {
        LinkedHashSet<String> groups = new LinkedHashSet<>();
        members.forEach(m -> m.group().ifPresent(groups::add));
        return List.copyOf(groups);
    }

    /** Each name with its member, for lookups in loops. */
    public Map<String, Member> byName() {
        Map<String, Member> out = new LinkedHashMap<>();
        members.forEach(m -> out.put(m.name(), m));
        return out;
    }
}
