package org.branchpress.markdown;

/** A heading of a body, for the table of contents: {@code ## 一、背景} → level 2. */
public record Heading(int level, String text, String id) {
}
