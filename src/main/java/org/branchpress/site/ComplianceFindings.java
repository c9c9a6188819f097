package org.branchpress.site;

import java.util.ArrayList;
import java.util.List;

import org.branchpress.problem.Problem;
import org.branchpress.problem.SourcePosition;

/**
 * What {@code check} reports from the statistics: each missed 三会一课 period, at the rule's
 * line in site.yaml, and each meeting that fell below its quorum, at its file. Warnings: the
 * site is still published.
 */
public final class ComplianceFindings {
    private ComplianceFindings() {
    }

    public static List<Problem> of(ActivityStats stats) {
        List<Problem> out = new ArrayList<>();
        for (int i = stats.years().size() - 1; i >= 0; i--) {
            for (ActivityStats.RuleYear rule : stats.years().get(i).compliance()) {
                for (ActivityStats.Period p : rule.periods()) {
                    if (p.status() == ActivityStats.Status.MISSED) {
                        out.add(Problem.warning(rule.rule().definedAt(), rule.rule().id(), p.label()
                                + " 未召开" + rule.rule().type() + "（要求" + rule.rule().requirement() + "，实际 "
                                + p.held().size() + " 次）：如已召开，请补上活动记录。"));
                    }
                }
            }
        }
        for (ActivityStats.Shortfall s : stats.belowQuorum()) {
            var a = s.activity().document();
            out.add(Problem.warning(SourcePosition.wholeFile(a.source().display()), "rule/quorum",
                    a.type() + "到会 " + s.rate().present() + " 人，应到 " + s.rate().expected() + " 人（"
                    + s.rate().label() + "），未超过半数，会议决定可能无效：请核对人数，或按规定重新召开。"));
        }
        return out;
    }
}
