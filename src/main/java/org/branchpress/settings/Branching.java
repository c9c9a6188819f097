package org.branchpress.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.branchpress.problem.SourcePosition;

/**
 * Where a site stands among the branches of a 党总支 (“1+7+N”), as site.yaml says it.
 *
 * @param branches  the 总支's {@code branches:}, in the order written; empty for a branch or a single site
 * @param listedAt  where {@code branches:} is written (site.yaml's first line without it)
 * @param temporary a temporary branch's window (驻外临时党支部), from its own site.yaml
 */
public record Branching(List<BranchRef> branches, SourcePosition listedAt, Optional<Temporary> temporary) {

    /** One id of {@code branches:} and where it is written. */
    public record BranchRef(String id, SourcePosition at) {
    }

    /**
     * A temporary branch: set up on {@code from}, 撤销 after {@code until}; its records stay.
     *
     * @param parentBranch the branch it was set up from, when site.yaml names one
     */
    public record Temporary(LocalDate from, LocalDate until, Optional<String> parentBranch) {
        /** Revoked (已撤销) once the day after {@code until} has come. */
        public boolean revokedOn(LocalDate today) {
            return today.isAfter(until);
        }

        /** Whether the days {@code start} to {@code end} reach into the branch's window. */
        public boolean overlaps(LocalDate start, LocalDate end) {
            return !end.isBefore(from) && !start.isAfter(until);
        }
    }

    public static Branching single(SourcePosition settingsFile) {
        return new Branching(List.of(), settingsFile, Optional.empty());
    }

    public boolean federated() {
        return !branches.isEmpty();
    }
}
