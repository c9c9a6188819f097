package org.branchpress.lint;

/**
 * One lint finding inside a body, before it becomes a {@link org.branchpress.problem.Problem}.
 *
 * @param rule    the rule id ({@code lint/halfwidth-punctuation})
 * @param offset  index into the body's Markdown (LF line ends) of the offending character
 * @param message Chinese: what is wrong and how to fix it
 */
record Finding(String rule, int offset, String message) {
}
