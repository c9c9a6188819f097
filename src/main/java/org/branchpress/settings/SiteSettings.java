package org.branchpress.settings;

import java.util.List;
import java.util.Optional;

/**
 * {@code content/site.yaml}, validated.
 *
 * @param screens the TV displays of {@code screens:}; empty means the default screen
 * @param rules   the 三会一课 rules in force: the defaults as changed by {@code rules:}
 * @param targets the per-member yearly targets of {@code targets:} (“1+4+1”); empty without
 * @param branching a 党总支's {@code branches:}, or a temporary branch's {@code temporary:}
 * @param images    how published photos are made
 */
public record SiteSettings(
        String title,
        String subtitle,
        Language language,
        Optional<String> baseUrl,
        int pageSize,
        Review review,
        Privacy privacy,
        List<String> activityTypes,
        List<Screen> screens,
        List<ComplianceRule> rules,
        List<MemberTarget> targets,
        Branching branching,
        Images images) {

    /**
     * How published photos are made ({@code images:} in site.yaml).
     *
     * @param keepOriginal also publish each photo at its own size (stripped of metadata all the same);
     *                     off by default, since pages show photos at most 800 px wide
     */
    public record Images(boolean keepOriginal) {
        public static final Images DEFAULT = new Images(false);
    }

    public static final int DEFAULT_PAGE_SIZE = 20;

    /** Activity types of CONTENT-FORMAT.md in simplified; see {@link ActivityTypes#defaults}. */
    public static final List<String> DEFAULT_ACTIVITY_TYPES = ActivityTypes.SIMPLIFIED;

    /**
     * These settings for a branch of a 党总支: the 总支's blocked and warned terms apply to every
     * branch, besides the branch's own.
     */
    public SiteSettings withInherited(Review parent) {
        Review joined = new Review(review.required(), union(parent.blocked(), review.blocked()),
                union(parent.warn(), review.warn()));
        return new SiteSettings(title, subtitle, language, baseUrl, pageSize, joined, privacy, activityTypes,
                screens, rules, targets, branching, images);
    }

    private static List<String> union(List<String> a, List<String> b) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    public record Review(boolean required, List<String> blocked, List<String> warn) {
    }

    /** Where names of absent members and per-person statistics may appear. */
    public record Privacy(boolean absenteesOnPortal, boolean memberStatsOnPortal) {
    }
}
