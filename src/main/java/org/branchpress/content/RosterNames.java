package org.branchpress.content;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.branchpress.settings.ActivityTypes;
import org.branchpress.settings.Member;
import org.branchpress.settings.Roster;
import org.branchpress.yaml.YamlMap;
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
     * The roster's checks of an activity: each name on it or a guest, each listed member in the
     * branch that day; then 应到 and 实到 from it, unless {@code attendance:} gives the numbers.
     *
     * @param people host, attendees, absent, leave and speakers as written, by key
     */
    Optional<Attendance> activity(YamlMap map, Map<String, List<YamlText>> people, List<String> guests,
                                  Optional<LocalDate> day, Optional<String> type) {
        people.forEach((key, placed) -> check(placed, key, Set.copyOf(guests), true));
        if (day.isEmpty() || type.isEmpty() || map.has("attendance")) {
            return Optional.empty();
        }
        for (String key : List.of("attendees", "absent", "leave")) {
            checkInBranch(people.get(key), day.get());
        }
        Set<String> present = new HashSet<>();
        for (String key : List.of("host", "attendees", "speakers")) {
            people.getOrDefault(key, List.of()).forEach(n -> present.add(n.value()));
        }
        Set<String> excused = new HashSet<>(DocumentParser.values(people, "leave"));
        excused.addAll(DocumentParser.values(people, "absent"));
        return rollCall(map.has("attendees") ? map.positionOf("attendees") : map.position(), day.get(), type.get(),
                map.text("organizer"), present, excused);
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

    /** False when one of the people is a member the roster keeps off the TV screens ({@code screen: false}). */
    boolean allowOnScreen(List<String> people) {
        return people.stream().allMatch(n -> roster.member(n).map(Member::screen).orElse(true));
    }

    /** {@code 是不是“王伟”？} when the roster has a name like it, else nothing. */
    static String hint(String name, Roster roster) {
        return NearNames.hint(name, roster.names());
    }

    /**
     * 应到 and 实到 from the roster: the counted members expected on the day (the organizing
     * group's for a 党小组会), and those of them who attended, hosted or spoke. Empty when the
     * activity records no names, when the roster cannot tell who was expected (a 支委会, a
     * 志愿服务, see {@link ActivityTypes.Expected}), or when a 党小组 the roster does not know
     * organised it (外场临时党小组: its own people): those count their names as before. Members
     * expected but named nowhere are a warning, so the record is completed.
     */
    private Optional<Attendance> rollCall(SourcePosition at, LocalDate day, String type, Optional<String> organizer,
                                          Set<String> present, Set<String> excused) {
        ActivityTypes.Expected who = ActivityTypes.expected(type);
        boolean rosterGroup = organizer.filter(roster.groups()::contains).isPresent();
        boolean otherGroup = organizer.filter(ActivityTypes::isGroup).isPresent() && !rosterGroup;
        if ((present.isEmpty() && excused.isEmpty()) || who == ActivityTypes.Expected.NAMES || otherGroup
                || (who == ActivityTypes.Expected.GROUP && !rosterGroup)) {
            return Optional.empty();
        }
        List<Member> expected = roster.expectedOn(day).stream()
                .filter(m -> who == ActivityTypes.Expected.BRANCH || m.group().equals(organizer)).toList();
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
    private void checkInBranch(Collection<YamlText> names, LocalDate day) {
        for (YamlText name : names) {
            roster.member(name.value()).filter(m -> !m.inBranchOn(day)).ifPresent(m -> problems.warning(name.position(),
                    "roster/not-in-branch", "“" + m.name() + "”在 " + day + " 不在本支部（名册里"
                            + m.joined().map(j -> " joined: " + j).orElse("") + m.left().map(l -> " left: " + l).orElse("")
                            + "）：请核对活动日期或名册里的转入、转出日期；这一次不计入应到。"));
        }
    }
}
