package org.branchpress.content;

/**
 * The Markdown after the front matter, and the file line it starts on (for messages). It is a
 * view of the file's text from {@code start}, not a copy: a 100,000-file site holds each text
 * once until its body is rendered, and then not at all ({@link #released}).
 *
 * @param text  the whole file's text (or just the Markdown, from 0)
 * @param start where the Markdown begins in {@code text}
 */
public record Body(String text, int start, int firstLine) {
    /** What a released body holds: compared by identity, so no real text is ever taken for it. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String RELEASED = new String("");

    public Body {
        if (start < 0 || start > text.length()) {
            throw new IllegalArgumentException("start " + start + " is outside the text (" + text.length() + ")");
        }
    }

    /** A body that is the whole of {@code markdown}. */
    public Body(String markdown, int firstLine) {
        this(markdown, 0, firstLine);
    }

    /** The Markdown; a new string each call, made for the one stage that parses it. */
    public String markdown() {
        if (text == RELEASED) {
            throw new IllegalStateException("the Markdown was released once the body was rendered");
        }
        return start == 0 ? text : text.substring(start);
    }

    /** The same body without its text: what the site model keeps once the body is rendered. */
    public Body released() {
        return new Body(RELEASED, 0, firstLine);
    }

    /** Whether this body's text was released. */
    public boolean isReleased() {
        return text == RELEASED;
    }
}
