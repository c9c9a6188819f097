package org.branchpress.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.delimiter.AsteriskDelimiterProcessor;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Makes {@code **一是……。**比如} bold. CommonMark's flanking rules refuse to close emphasis
 * after punctuation when a letter follows, and Chinese writers put no space there; like
 * markdown-it-cjk-friendly, a run of asterisks next to a Chinese character or Chinese
 * punctuation may open or close as long as it does not touch whitespace on the inner side.
 */
final class CjkEmphasis implements Parser.ParserExtension {

    static CjkEmphasis create() {
        return new CjkEmphasis();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customDelimiterProcessor(new Asterisk());
    }

    static final class Asterisk extends AsteriskDelimiterProcessor {
        Asterisk() {
            super(Parser.STRONG_WRAPS_EMPHASIS.getDefaultValue());
        }

        @Override
        public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                                   boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                                   boolean afterIsWhiteSpace) {
            return leftFlanking || (!afterIsWhiteSpace && (isCjk(before) || isCjk(after)));
        }

        @Override
        public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                                   boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                                   boolean afterIsWhiteSpace) {
            return rightFlanking || (!beforeIsWhitespace && (isCjk(before) || isCjk(after)));
        }
    }

    /** Han characters and the punctuation of Chinese text (CJK symbols, full-width forms). */
    static boolean isCjk(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int cp = s.codePointAt(0);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (cp == '“' || cp == '”' || cp == '‘'
                || cp == '’' || cp == '…' || cp == '—');
    }
}
