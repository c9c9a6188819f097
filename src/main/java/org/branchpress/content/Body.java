package org.branchpress.content;

/** The Markdown after the front matter, and the file line it starts on (for messages). */
public record Body(String markdown, int firstLine) {
}
