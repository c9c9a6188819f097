package org.branchpress.markdown;

import java.util.List;
import java.util.Optional;

/**
 * Stage 4's result for one document: its body as clean HTML with relative links, rendered
 * once and reused by its page, lists, feed, search and screens. The two long texts are in a
 * {@link BodyStore}'s keeping (a build writes them to a file beside the new site, read back by
 * the page and the search index that use them); what lists, screens and statistics read is here.
 *
 * @param texts          the HTML and the plain text, wherever they are kept
 * @param summary        plain text, cut at a Chinese sentence end
 * @param readingMinutes Chinese counted by characters, other scripts by words
 * @param firstPicture   the content path of the first picture the body shows that is a site
 *                       file (a case without a cover shows it on the screens)
 */
public record RenderedBody(Texts texts, List<Heading> headings, String summary, int readingMinutes,
                           Optional<String> firstPicture) {

    /** A body whose texts are held in memory as they are. */
    public RenderedBody(String html, List<Heading> headings, String summary, int readingMinutes, String text,
                        Optional<String> firstPicture) {
        this(new Held(html, text), headings, summary, readingMinutes, firstPicture);
    }

    /** An empty body: nothing to show. */
    public static RenderedBody empty() {
        return new RenderedBody("", List.of(), "", 0, "", Optional.empty());
    }

    /** The body as HTML (from where it is kept: a build reads it back from its file). */
    public String html() {
        return texts.html();
    }

    /** The body as plain text, for the search index (read back like {@link #html()}). */
    public String text() {
        return texts.text();
    }

    /** Where a body's two long texts are. */
    public sealed interface Texts permits Held, SpilledBodies.Spilled {
        String html();

        String text();
    }

    /** Texts held in memory: check and serve, which keep what they render. */
    public record Held(String html, String text) implements Texts {
    }
}
