package org.branchpress.search;

import java.util.List;

/**
 * One searchable page, as the index sees it.
 *
 * @param kind  c(ase), h(onor roll), a(ctivity), p(erson), g (free page)
 * @param names people on it: honorees, team members, attendees, host (never absentees)
 * @param facts series, type, location, source and the like
 */
public record SearchDocument(char kind, String title, String address, String date, int year, List<String> tags,
                             List<String> names, List<String> facts, String text, String snippet) {
}
