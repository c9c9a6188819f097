package org.branchpress.content;

import java.util.List;
import java.util.Optional;

import org.branchpress.source.ContentKind;
import org.branchpress.source.SourceFile;

/** 活动记录: one meeting, lecture or event, with who came. */
public record Activity(SourceFile source, Meta meta, Body body, String type, Optional<String> location,
                       Optional<String> organizer, Optional<String> host, List<String> attendees,
                       List<String> absent, List<String> photos, Optional<Attendance> attendance)
        implements Document {

    /** Attendance from names, or the numbers given instead of names. */
    public Optional<AttendanceRate> rate() {
        if (attendance.isPresent()) {
            return Optional.of(new AttendanceRate(attendance.get().present(), attendance.get().expected()));
        }
        int expected = attendees.size() + absent.size();
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
                absent, photos, attendance);
    }
}
