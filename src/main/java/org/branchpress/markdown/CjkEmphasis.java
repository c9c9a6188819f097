package org.branchpress.markdown;

/**
 * Whether a run of {@code *} or {@code _} may open or close emphasis: CommonMark's flanking
 * rules with the CJK-friendly amendment (tats-u/markdown-cjk-friendly, specification.md),
 * decided as markdown-it-cjk-friendly decides them, by code point.
 *
 * <p>Why: CommonMark refuses to close {@code **一是……。**比如} (punctuation inside, a letter
 * outside) and Chinese puts no space there to help. Under the amendment a {@code *} run next to
 * a CJK character may open and close whatever punctuation is on its other side. By code point,
 * because {@code 𠮟} is two UTF-16 units and a variation selector ({@code 葛󠄀}, {@code 大塚︀})
 * follows its character: the character before the selector is what counts.
 */
final class CjkEmphasis {
    /** What a delimiter run may do. */
    record Run(boolean canOpen, boolean canClose) {
    }

    private CjkEmphasis() {
    }

    /**
     * @param text  the inline text being parsed
     * @param start the index of the run's first marker
     * @param end   the index after its last marker
     */
    static Run scan(CharSequence text, int start, int end, char marker) {
        int last = codePointBefore(text, start);
        int lastMain = last;
        int twoBack = -1;
        if (CjkCharacters.isGeneralVariationSelector(last)) {
            twoBack = codePointBefore(text, start - Character.charCount(last));
            if (Character.getType(twoBack) != Character.SPACE_SEPARATOR) {
                lastMain = twoBack;
            }
        }
        int next = end < text.length() ? Character.codePointAt(text, end) : ' ';
        boolean lastSpace = isWhitespace(lastMain);
        boolean nextSpace = isWhitespace(next);
        if (lastSpace || nextSpace) {
            return new Run(!nextSpace, !lastSpace);
        }
        boolean lastPunct = isPunctuation(lastMain);
        boolean nextPunct = isPunctuation(next);
        if (marker == '_') {
            // "_" never splits a word, CJK or not: only punctuation lets it open or close inside text
            return new Run(lastPunct, nextPunct);
        }
        boolean cjkBeside = isCjkAfter(next) || (twoBack >= 0 ? isCjkTwoBefore(twoBack, last) : isCjkBefore(last));
        return new Run(lastPunct || cjkBeside || !nextPunct, nextPunct || cjkBeside || !lastPunct);
    }

    private static boolean isCjkAfter(int cp) {
        return CjkCharacters.isCjk(cp);
    }

    /** An ideographic variation selector stands for the ideograph it follows. */
    private static boolean isCjkBefore(int cp) {
        return CjkCharacters.isCjk(cp) || CjkCharacters.isIdeographicVariationSelector(cp);
    }

    /** A quotation mark with U+FE01 is its full-width form (“︁), as Chinese text sets it. */
    private static boolean isCjkTwoBefore(int cp, int selector) {
        return CjkCharacters.isCjk(cp)
                || selector == 0xFE01 && (cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D);
    }

    /** Unicode whitespace; the start and the end of the text count as whitespace. */
    static boolean isWhitespace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f'
                || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    /** CommonMark 0.31's Unicode punctuation: ASCII punctuation, general categories P and S. */
    static boolean isPunctuation(int cp) {
        if (cp < 0x80) {
            return isAsciiPunctuation(cp);
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** The characters a backslash escapes. */
    static boolean isAsciiPunctuation(int cp) {
        return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) || (cp >= 0x5B && cp <= 0x60)
                || (cp >= 0x7B && cp <= 0x7E);
    }

    private static int codePointBefore(CharSequence text, int index) {
        return index <= 0 ? ' ' : Character.codePointBefore(text, index);
    }
}
