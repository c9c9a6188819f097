package org.branchpress.markdown;

import java.util.HashSet;
import java.util.Set;

/**
 * Heading ids that stay the same as long as the heading's words do: Chinese characters,
 * letters and digits are kept, everything else becomes a dash ({@code 一、背景和起因} →
 * {@code 一背景和起因}); a repeated heading gets {@code -2}, {@code -3}.
 */
final class HeadingIds {
    private final Set<String> used = new HashSet<>();

    String next(String text) {
        StringBuilder id = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (dash && id.length() > 0) {
                    id.append('-');
                }
                id.appendCodePoint(Character.toLowerCase(cp));
                dash = false;
            } else if (Character.isWhitespace(cp) || cp == '-' || cp == '_' || cp == '.') {
                dash = true;
            }
        }
        String base = id.length() == 0 ? "section" : id.toString();
        String candidate = base;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
