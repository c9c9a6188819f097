package org.branchpress.search;

import java.util.List;
import java.util.function.Supplier;

/**
 * One searchable page, as the index sees it.
 *
 * @param kind  the letter of its kind (a content kind's search code, or the one of people): the
 *              search page's filter says which letter is which
 * @param names people on it: honorees, team members, attendees, host (never absentees)
 * @param facts series, type, location, source and the like
 * @param text  the body as plain text, asked for once, when the index counts its tokens: a build
 *              reads it back from where stage 4 put it, so the index never holds every text at once
 */
public record SearchDocument(char kind, String title, String address, String date, int year, List<String> tags,
                             List<String> names, List<String> facts, Supplier<String> text, String snippet) {
}
