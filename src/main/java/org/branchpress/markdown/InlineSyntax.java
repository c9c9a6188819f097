package org.branchpress.markdown;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.core.delimiter.EmphasisDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Where our inline syntax differs from flexmark 0.64's, each toward CommonMark 0.31 or its
 * CJK-friendly amendment:
 * <ul>
 * <li>emphasis runs open and close by {@link CjkEmphasis}, code point by code point;</li>
 * <li>the "multiple of 3" rule spares two runs that are both multiples of 3
 * ({@code foo***bar***baz}, {@code ***粗斜。***中文}), which flexmark forgets;</li>
 * <li>a destination in angle brackets may hold spaces ({@code ![合影](<../media/活动 照片.png>)}):
 * CommonMark's way of writing the file names Windows gives.</li>
 * </ul>
 */
final class InlineSyntax implements Parser.ParserExtension {

    static InlineSyntax create() {
        return new InlineSyntax();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
        options.set(Parser.UNDERSCORE_DELIMITER_PROCESSOR, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customDelimiterProcessor(new Emphasis('*'));
        builder.customDelimiterProcessor(new Emphasis('_'));
        builder.customInlineParserFactory(Inlines::new);
        // flexmark adds its reference-definition reader only for its own inline parser
        builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    /** flexmark's inline parser, a new one per document, with our emphasis and destinations. */
    static final class Inlines extends InlineParserImpl {
        Inlines(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                List<InlineParserExtensionFactory> extensions) {
            super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
        }

        /** As flexmark's, but whether the run opens or closes comes from {@link CjkEmphasis}. */
        @Override
        protected boolean parseDelimiters(DelimiterProcessor processor, char marker) {
            if (!(processor instanceof Emphasis)) {
                return super.parseDelimiters(processor, marker);
            }
            int start = index;
            int end = start;
            while (end < input.length() && input.charAt(end) == marker) {
                end++;
            }
            CjkEmphasis.Run run = CjkEmphasis.scan(input, start, end, marker);
            index = end;
            Text node = appendSeparateText(input.subSequence(start, end));
            lastDelimiter = new Run(input, node, marker, run, lastDelimiter, start, end - start);
            if (lastDelimiter.getPrevious() != null) {
                lastDelimiter.getPrevious().setNext(lastDelimiter);
            }
            return true;
        }

        /**
         * CommonMark 0.31: {@code <} then anything but a line end or an unescaped {@code <} or
         * {@code >}, then {@code >}. flexmark 0.64 refuses spaces there; a {@code <} that does
         * not close is no destination at all.
         */
        @Override
        public BasedSequence parseLinkDestination() {
            if (peek() != '<') {
                return super.parseLinkDestination();
            }
            for (int i = index + 1; i < input.length(); i++) {
                char c = input.charAt(i);
                if (c == '\\' && i + 1 < input.length() && CjkEmphasis.isAsciiPunctuation(input.charAt(i + 1))) {
                    i++;
                } else if (c == '>') {
                    BasedSequence destination = input.subSequence(index, i + 1);
                    index = i + 1;
                    return destination;
                } else if (c == '<' || c == '\n' || c == '\r') {
                    break;
                }
            }
            return null;
        }
    }

    /** A delimiter run that remembers how long it was before matching took from it. */
    static final class Run extends Delimiter {
        final int originalLength;

        Run(BasedSequence input, Text node, char marker, CjkEmphasis.Run run, Delimiter previous, int start,
            int length) {
            super(input, node, marker, run.canOpen(), run.canClose(), previous, start);
            setNumDelims(length);
            this.originalLength = length;
        }
    }

    /** flexmark's {@code *} and {@code _}, with CommonMark's whole "multiple of 3" rule. */
    static final class Emphasis extends EmphasisDelimiterProcessor {
        private static final boolean STRONG_WRAPS_EMPHASIS = Parser.STRONG_WRAPS_EMPHASIS.getDefaultValue();

        Emphasis(char marker) {
            super(marker, STRONG_WRAPS_EMPHASIS);
        }

        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            int openerLength = original(opener);
            int closerLength = original(closer);
            if ((opener.canClose() || closer.canOpen()) && (openerLength + closerLength) % 3 == 0
                    && !(openerLength % 3 == 0 && closerLength % 3 == 0)) {
                return 0;
            }
            return opener.length() < 3 || closer.length() < 3 ? Math.min(opener.length(), closer.length())
                    : closer.length() % 2 == 0 || !STRONG_WRAPS_EMPHASIS ? 2 : 1;
        }

        private static int original(DelimiterRun run) {
            return run instanceof Run r ? r.originalLength : run.length();
        }
    }
}
