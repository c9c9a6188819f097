package org.branchpress.markdown;

import java.util.List;

/**
 * Stage 4's result for one document: its body as clean HTML with relative links, rendered
 * once and reused by its page, lists, feed, search and screens.
 *
 * @param summary plain text, cut at a Chinese sentence end
 * @param readingMinutes Chinese counted by characters, other scripts by words
 * @param text           the body as plain text, for the search index
 */
public record RenderedBody(String html, List<Heading> headings, String summary, int readingMinutes, String text) {
}
