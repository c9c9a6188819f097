package org.branchpress.markdown;

/** Plain-text summaries cut where a Chinese reader expects: at a sentence end. */
public final class Summaries {
    static final int TARGET = 120;
    private static final int MIN = 60;
    private static final int MAX = 180;

    private Summaries() {
    }

    /**
     * Cuts {@code text} at the sentence end (。！？, with any closing quote after it) nearest
     * {@code target} characters; without one in reach, at {@code target} with an ellipsis.
     */
    public static String cut(String text, int target) {
        String t = text.strip();
        if (t.codePointCount(0, t.length()) <= target + target / 4) {
            return t;
        }
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        int count = 0;
        for (int i = 0; i < t.length(); i = t.offsetByCodePoints(i, 1)) {
            count++;
            if (count > MAX * target / TARGET) {
                break;
            }
            char c = t.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < t.length() && "”’」』）)".indexOf(t.charAt(end)) >= 0) {
                    end++;
                }
                int distance = Math.abs(count - target);
                if (count >= MIN * target / TARGET && distance < bestDistance) {
                    best = end;
                    bestDistance = distance;
                }
            }
        }
        if (best > 0) {
            return t.substring(0, best);
        }
        return t.substring(0, t.offsetByCodePoints(0, target)) + "……";
    }

    /**
     * At most {@code max} characters, ending where a reader expects: the last sentence end in
     * reach (。！？；); failing that the last clause end (，：、) with an ellipsis; failing that a
     * hard cut with an ellipsis. Screens use it so that text is shortened, never clipped mid-line.
     */
    public static String fit(String text, int max) {
        String t = text.strip();
        if (t.codePointCount(0, t.length()) <= max) {
            return t;
        }
        String head = t.substring(0, t.offsetByCodePoints(0, max - 2));
        int sentence = lastIndexOfAny(head, "。！？；!?;");
        if (sentence >= head.length() / 3) {
            int end = sentence + 1;
            while (end < head.length() && "”’」』）)".indexOf(head.charAt(end)) >= 0) {
                end++;
            }
            return head.substring(0, end);
        }
        int clause = lastIndexOfAny(head, "，：、,");
        if (clause >= head.length() / 3) {
            return head.substring(0, clause) + "……";
        }
        return head + "……";
    }

    /**
     * The text as slides of at most {@code budget} characters each show it, never cut inside a
     * sentence while a slide is left: the first slide ends at the last sentence end in reach and
     * the text stops there (as {@link #fit}); only a sentence longer than a slide goes on over
     * the next ones, broken after a clause end (，：、) or, without one, at the budget, each part
     * but the last ending "……". After {@code most} slides whatever is left is shortened as by fit.
     */
    public static java.util.List<String> pages(String text, int budget, int most) {
        java.util.List<String> pages = new java.util.ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            String head = fit(rest, budget);
            if (head.equals(rest) || !head.endsWith("……") || pages.size() == most - 1) {
                pages.add(head);
                break;
            }
            // a sentence longer than the slide: break it after its last clause end in reach
            String room = rest.substring(0, rest.offsetByCodePoints(0, budget - 2));
            int clause = lastIndexOfAny(room, "，：、,");
            boolean atClause = clause >= room.length() / 3;
            pages.add((atClause ? room.substring(0, clause) : room) + "……");
            rest = rest.substring(atClause ? clause + 1 : room.length()).strip();
        }
        return pages;
    }

    private static int lastIndexOfAny(String s, String chars) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The common CJK blocks first: UnicodeScript.of is a binary search per character. */
    static boolean isHan(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp > 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** Reading time in minutes: 400 Chinese characters or 200 other words a minute, at least 1. */
    public static int readingMinutes(String text) {
        int han = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                han++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return Math.max(1, (int) Math.ceil(han / 400.0 + words / 200.0));
    }
}
