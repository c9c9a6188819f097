package org.branchpress.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.branchpress.problem.Problem;

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
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
