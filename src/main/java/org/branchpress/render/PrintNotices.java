package org.branchpress.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.branchpress.content.Activity;
import org.branchpress.content.AttendanceRate;
import org.branchpress.site.Item;
import org.branchpress.site.SiteModel;
import org.branchpress.site.TargetSheet;

/** The 公示 views: a target set's completion, or the year's participation. */
record PrintNotices(SiteModel model, Labels labels, LocalDate today) {

    /** A 公示 of one target set for one year, as the portal's 公示 page has it. */
    PrintViews.Notice targets(TargetSheet sheet) {
        StatsViews.TargetPage page = new StatsPages(model.stats(), labels).targetPage(sheet);
        List<String> columns = new ArrayList<>(List.of(labels.get("printNo"), labels.get("printName"),
                labels.get("printGroup")));
        columns.addAll(page.goals());
        columns.add(labels.get("printAllDone"));
        List<List<String>> rows = new ArrayList<>();
        int no = 0;
        for (StatsViews.TargetRow r : page.rows()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(++no), r.name(), r.group()));
            r.cells().forEach(c -> row.add(c.count() + (c.done() ? " √" : ""))); // √ of GB 2312: every CJK font has it
            row.add(labels.get(r.done() ? "printDone" : "printNotDone"));
            rows.add(row);
        }
        return new PrintViews.Notice(lang(), page.title(), page.lead(), columns, rows, page.summary(),
                model.settings().title(), labels.date(today), labels.words());
    }

    /**
     * Without targets: each member's participation in the year's activities that name who came
     * (参加, 请假, 缺席 and the rate; not the last two with privacy.absentees: nowhere), every
     * counted member of the roster when there is one.
     */
    PrintViews.Notice participation(int year, List<String> names) {
        List<Item<Activity>> activities = Prints.ofYear(model.activities(), year);
        // privacy.absentees: nowhere keeps who missed a meeting off the portal: off the notice board too
        boolean absentees = model.settings().privacy().absenteesOnPortal();
        List<List<String>> rows = new ArrayList<>();
        int no = 0;
        for (String name : names) {
            int came = 0;
            int leave = 0;
            int absent = 0;
            for (Item<Activity> a : activities) {
                Activity d = a.document();
                if (d.attendees().contains(name) || d.speakers().contains(name) || d.host().filter(name::equals).isPresent()) {
                    came++;
                } else if (d.leave().contains(name)) {
                    leave++;
                } else if (d.absent().contains(name)) {
                    absent++;
                }
            }
            String group = model.stats().roster().flatMap(r -> r.members().stream()
                    .filter(m -> m.name().equals(name)).findFirst()).flatMap(m -> m.group()).orElse("");
            List<String> row = new ArrayList<>(List.of(String.valueOf(++no), name, group, String.valueOf(came),
                    String.valueOf(leave)));
            if (absentees) {
                row.add(String.valueOf(absent));
                row.add(new AttendanceRate(came, came + leave + absent).label());
            }
            rows.add(row);
        }
        List<String> columns = new ArrayList<>(List.of(labels.get("printNo"), labels.get("printName"),
                labels.get("printGroup"), labels.get("printAttended"), labels.get("printLeave")));
        if (absentees) {
            columns.addAll(List.of(labels.get("printAbsent"), labels.get("printRate")));
        }
        return new PrintViews.Notice(lang(), String.format(labels.get("printParticipation"), year),
                String.format(labels.get("printParticipationLead"), year, labels.date(today)), columns, rows, null,
                model.settings().title(), labels.date(today), labels.words());
    }


    private String lang() {
        return model.settings().language().tag();
    }
}
