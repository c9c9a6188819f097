package org.branchpress.problem;

/** How bad a problem is: an error stops publishing, a warning is printed and published. */
public enum Severity {
    ERROR("error"), WARNING("warning");

    private final String word;

    Severity(String word) {
        this.word = word;
    }

    /** The word printed in {@code path:line:col: error: …}, as COMMANDS.md fixes it. */
    public String word() {
        return word;
    }
}
