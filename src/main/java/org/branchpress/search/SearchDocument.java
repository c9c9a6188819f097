package org.branchpress.search;

import java.util.List;

/**
 * One searchable page, as the index sees it.
 *
 * @param kind  the letter of its kind (a content kind's search code, or the one of people): the
 *              search page's filter says which letter is which
 * @param names people on it: honorees, team members, attendees, host (never absentees)
 * @param facts series, type, location, source and the like
 */
public record SearchDocument(char kind, String title, String address, String date, int year, List<String> tags,
                             List<String> names, List<String> facts, String text, String snippet) {
}
