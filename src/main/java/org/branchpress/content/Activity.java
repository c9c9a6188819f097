package org.branchpress.content;

import java.util.List;
import java.util.Optional;

import org.branchpress.source.ContentKind;
import org.branchpress.source.SourceFile;

/**
 * 活动记录: one meeting, lecture or event, with who came.
 *
 * @param leave    请假: excused, counted apart from {@code absent} (缺席)
 * @param speakers 发言: who spoke (参与度)
 * @param guests   not members (a visitor from the 上级党委): never checked against the roster, never counted
 * @param counted  应到 and 实到 counted from members.yaml, when the site has one and no {@code attendance:}
 *                 numbers are given
 */
public record Activity(SourceFile source, Meta meta, Body body, String type, Optional<String> location,
                       Optional<String> organizer, Optional<String> host, List<String> attendees,
                       List<String> absent, List<String> leave, List<String> speakers, List<String> guests,
                       List<String> photos, Optional<Attendance> attendance, Optional<Attendance> counted)
        implements Document {

    /**
     * 实到 ÷ 应到: the numbers given instead of names, or counted from the roster, or from the
     * names (应到 = attendees, leave and absent together, as branch records add them up).
     */
    public Optional<AttendanceRate> rate() {
        Optional<Attendance> numbers = attendance.or(() -> counted);
        if (numbers.isPresent()) {
            return Optional.of(new AttendanceRate(numbers.get().present(), numbers.get().expected()));
        }
        int expected = attendees.size() + leave.size() + absent.size();
        return expected == 0 ? Optional.empty() : Optional.of(new AttendanceRate(attendees.size(), expected));
    }

    @Override
    public ContentKind kind() {
        return ContentKind.ACTIVITY;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.activity(this);
    }

    @Override
    public Activity released() {
        return new Activity(source.released(), meta, body.released(), type, location, organizer, host, attendees,
                absent, leave, speakers, guests, photos, attendance, counted);
    }
}
