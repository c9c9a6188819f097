package org.branchpress.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.branchpress.settings.ActivityTypes;
import org.branchpress.settings.Member;
import org.branchpress.settings.Roster;
import org.branchpress.yaml.KeySuggestion;
import org.branchpress.yaml.YamlText;

/**
 * The roster's part of stage 3: every name a record uses is on {@code members.yaml} (or an
 * activity's guest), and an activity's 应到 and 实到 are counted from it. A typo (王玮 for 王伟)
 * would otherwise make a second person and leave the first one's record short.
 */
final class RosterNames {
    private final Roster roster;
    private final Problems problems;

    RosterNames(Roster roster, Problems problems) {
        this.roster = roster;
        this.problems = problems;
    }

    /**
     * Each name is on the roster or among {@code guests}.
     *
     * @param guests empty and not allowed for honor rolls, which have no guests
     */
    void check(Collection<YamlText> names, String key, Set<String> guests, boolean guestsAllowed) {
        for (YamlText name : names) {
            if (!roster.has(name.value()) && !guests.contains(name.value())) {
                problems.error(name.position(), "roster/unknown-name", key + " 里的“" + name.value() + "”不在名册（"
                        + roster.file() + "）里：" + hint(name.value(), roster) + "如果是本支部党员，请在 members.yaml 里加上一项“- name: "
                        + name.value() + "”" + (guestsAllowed ? "；如果不是本支部党员，请把这个名字移到 guests（列席人员）里。"
                        : "；如果写错了，请改正姓名。"));
            }
        }
    }

    /** {@code 是不是“王伟”？} when the roster has a name like it, else nothing. */
    static String hint(String name, Roster roster) {
        List<String> near = suggestions(name, roster.names());
        return near.isEmpty() ? "" : "是不是“" + String.join("”或“", near) + "”？";
    }

    /**
     * The roster names that sound the same (王玮 and 王伟 are both wang wei) or differ in one
     * character, nearest first.
     */
    static List<String> suggestions(String name, List<String> names) {
        String sound = Slugs.of(name);
        List<String> out = new ArrayList<>();
        names.stream().filter(n -> Slugs.of(n).equals(sound)).forEach(out::add);
        names.stream().filter(n -> !out.contains(n) && n.length() == name.length() && KeySuggestion.distance(n, name) == 1)
                .forEach(out::add);
        return out.stream().limit(3).toList();
    }

    /**
     * 应到 and 实到 from the roster: the counted members expected on the day (the organizing
     * group's for a 党小组会), and those of them who attended, hosted or spoke. Empty when the
     * activity records no names, or is a 支委会 (the roster does not name the 支委), or a 党小组会
     * of a group the roster does not know: those count their names as before. Members expected
     * but named nowhere are a warning, so the record is completed.
     */
    Optional<Attendance> rollCall(SourcePosition at, LocalDate day, String type, Optional<String> organizer,
                                  Set<String> present, Set<String> excused) {
        if (present.isEmpty() && excused.isEmpty()) {
            return Optional.empty();
        }
        List<Member> expected;
        switch (ActivityTypes.expected(type)) {
            case COMMITTEE -> {
                return Optional.empty();
            }
            case GROUP -> {
                if (organizer.isEmpty() || !roster.groups().contains(organizer.get())) {
                    return Optional.empty();
                }
                expected = roster.expectedOn(day).stream().filter(m -> m.group().equals(organizer)).toList();
            }
            default -> expected = roster.expectedOn(day);
        }
        Set<String> unlisted = new LinkedHashSet<>();
        int came = 0;
        for (Member m : expected) {
            if (present.contains(m.name())) {
                came++;
            } else if (!excused.contains(m.name())) {
                unlisted.add(m.name());
            }
        }
        if (!unlisted.isEmpty()) {
            problems.warning(at, "roster/unlisted", "未登记：" + String.join("、", unlisted) + "（名册上应到，但参加、请假、缺席里"
                    + "都没有写）：请把每个人写进 attendees、leave 或 absent，应到 " + expected.size() + " 人才能对上。");
        }
        return expected.isEmpty() ? Optional.empty() : Optional.of(new Attendance(came, expected.size()));
    }

    /** A listed member who was not in the branch that day (转入 later, 转出 before): likely a wrong date. */
    void checkInBranch(Collection<YamlText> names, LocalDate day) {
        for (YamlText name : names) {
            roster.member(name.value()).filter(m -> !m.inBranchOn(day)).ifPresent(m -> problems.warning(name.position(),
                    "roster/not-in-branch", "“" + m.name() + "”在 " + day + " 不在本支部（名册里"
                            + m.joined().map(j -> " joined: " + j).orElse("") + m.left().map(l -> " left: " + l).orElse("")
                            + "）：请核对活动日期或名册里的转入、转出日期；这一次不计入应到。"));
        }
    }
}
