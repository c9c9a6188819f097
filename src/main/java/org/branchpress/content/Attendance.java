package org.branchpress.content;

/** Attendance given as numbers instead of names: {@code attendance: {present: 28, expected: 30}}. */
public record Attendance(int present, int expected) {
}
