package org.branchpress.lint;

import java.util.List;

import org.branchpress.TestSite;

/** What check printed about one file, line by line, as a user sees it. */
final class LintRun {
    /** Four lines of front matter: the body starts on line 5. */
    static final String FRONT = "---\ntitle: 测试\ndate: 2024-01-01\n---\n";

    private LintRun() {
    }

    static List<String> lines(TestSite.Run run, String file) {
        return run.out().lines().filter(l -> l.startsWith(file + ":")).toList();
    }

    static List<String> lines(TestSite.Run run, String file, String containing) {
        return lines(run, file).stream().filter(l -> l.contains(containing)).toList();
    }
}
