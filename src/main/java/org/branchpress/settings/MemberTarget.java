package org.branchpress.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.branchpress.problem.SourcePosition;

/**
 * A named set of yearly per-member targets ({@code targets:} in site.yaml), such as the seed
 * case's 学习提升“1+4+1”: give at least 1 technical talk, attend at least 4, read at least 1 book.
 *
 * @param at where the set is written in site.yaml
 */
public record MemberTarget(String name, List<Goal> goals, SourcePosition at) {
    public MemberTarget {
        goals = List.copyOf(goals);
    }

    /** What a member does at an activity that a goal counts. */
    public enum Role {
        SPEAKER("speaker", "发言"),
        ATTENDEE("attendee", "参加"),
        HOST("host", "主持");

        private final String key;
        private final String word;

        Role(String key, String word) {
            this.key = key;
            this.word = word;
        }

        public String key() {
            return key;
        }

        public String word() {
            return word;
        }

        public static Optional<Role> of(String key) {
            return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
        }
    }

    /**
     * One goal: activities of {@code type} in {@code role}, or the {@code tally} column of
     * {@code tallies/YEAR.yaml}; exactly one of the two is given.
     */
    public record Goal(String label, Optional<String> type, Optional<Role> role, Optional<String> tally, int atLeast) {
    }
}
