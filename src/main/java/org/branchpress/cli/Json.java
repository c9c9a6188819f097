package org.branchpress.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.branchpress.problem.Problem;
import org.branchpress.search.JsonText;

/** The JSON of {@code check --format json}: one array of {file, line, column, severity, rule, message}. */
final class Json {
    private Json() {
    }

    static String problems(List<Problem> problems) {
        return problems.stream().map(p -> "{\"file\":" + string(p.file()) + ",\"line\":" + p.line()
                        + ",\"column\":" + p.column() + ",\"severity\":" + string(p.severity().word())
                        + ",\"rule\":" + string(p.rule()) + ",\"message\":" + string(p.message()) + "}")
                .collect(Collectors.joining(",\n ", "[", "]"));
    }

    static String string(String s) {
        return JsonText.string(s);
    }
}
