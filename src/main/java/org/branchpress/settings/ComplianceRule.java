package org.branchpress.settings;

import java.util.List;
import java.util.Optional;

import org.branchpress.problem.SourcePosition;

/**
 * A 三会一课 requirement: at least {@code atLeast} activities of {@code type} in every
 * {@code period}. The defaults are CONTENT-FORMAT.md's; site.yaml may change or switch them off.
 *
 * @param definedAt the rule's line in site.yaml, or the start of site.yaml for a default: where
 *                  a missed meeting is reported, so an editor opens a real file
 */
public record ComplianceRule(String type, Period period, int atLeast, SourcePosition definedAt) {

    public enum Period {
        MONTH("month", "monthly", "每月"), QUARTER("quarter", "quarterly", "每季度"), YEAR("year", "yearly", "每年");

        private final String key;
        private final String adverb;
        private final String label;

        Period(String key, String adverb, String label) {
            this.key = key;
            this.adverb = adverb;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public static Optional<Period> of(String key) {
            for (Period p : values()) {
                if (p.key.equals(key)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    /** {@code rule/支委会-monthly}: the id check prints with each finding. */
    public String id() {
        return "rule/" + type + "-" + period.adverb;
    }

    /** 每月至少 1 次 */
    public String requirement() {
        return period.label + "至少 " + atLeast + " 次";
    }

    /** CONTENT-FORMAT.md's rules, reported at {@code settingsFile}'s first line. */
    public static List<ComplianceRule> defaults(SourcePosition settingsFile) {
        return defaults(settingsFile, Language.ZH_CN);
    }

    /** The same rules with the types as {@code language} writes them (主題黨日 on a zh-TW site). */
    public static List<ComplianceRule> defaults(SourcePosition settingsFile, Language language) {
        Period[] periods = {Period.QUARTER, Period.MONTH, Period.MONTH, Period.QUARTER, Period.MONTH, Period.YEAR,
                Period.YEAR};
        List<ComplianceRule> rules = new java.util.ArrayList<>();
        for (int i = 0; i < periods.length; i++) {
            rules.add(new ComplianceRule(ActivityTypes.named(i, language), periods[i], 1, settingsFile));
        }
        return List.copyOf(rules);
    }
}
