package org.branchpress.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.branchpress.markdown.ParsedMarkdown;

/**
 * A body as the lint rules see it: the Markdown, the flexmark tree the build parsed and the text a reader sees,
 * character by character, each with its offset in the Markdown. Only the characters of text
 * nodes are {@link Kind#PROSE}; code spans, addresses and entities are visible but not prose;
 * code blocks, HTML, link destinations and reference definitions are not there at all.
 *
 * @param glyphs     the visible text in reading order, with breaks between lines and blocks
 * @param codeBlocks [start, end) offsets of fenced and indented code, HTML blocks and link
 *                   reference definitions: lines there are never prose
 * @param autoNumbered offsets of the markers of ordered-list items after a list's first item,
 *                   whose number the page shows counted on from the first, whatever was typed
 */
record ParsedBody(String markdown, Document tree, List<Glyph> glyphs, List<int[]> codeBlocks,
                  Set<Integer> autoNumbered) {

    /** What a glyph is to the rules. */
    enum Kind {
        /** A character of body text: the rules look at it and may change it. */
        PROSE,
        /** Seen by the reader but not text to lint: code spans, addresses, images, entities. */
        VISIBLE,
        /** A line break inside a block: neighbours stop here. */
        BREAK,
        /** The edge of a block: neighbours stop here, brackets do not pair across it. */
        BLOCK
    }

    /** One character (code point) a reader sees, and where it is in the Markdown (-1 for breaks). */
    record Glyph(int codePoint, int offset, Kind kind) {
    }

    /** Object replacement character: stands for an image or entity among the glyphs. */
    static final int OBJECT = 0xFFFC;

    /** A bare address runs to the next white space (the renderer links only its ASCII part). */
    private static final Pattern BARE_URL = Pattern.compile("(?i)\\bhttps?://\\S+");

    /** The body as the build parsed it: the lint sees exactly what the page shows. */
    static ParsedBody of(ParsedMarkdown parsed) {
        if (!parsed.walkable()) {
            throw new IllegalArgumentException("a body nested too deeply is not linted"); // the build reports it
        }
        Builder builder = new Builder(parsed.markdown());
        builder.children(parsed.tree());
        builder.block();
        return builder.body(parsed.tree());
    }

    /**
     * A title, which pages show as it is written (never as Markdown): every character is
     * text, except in an address and after a backslash, as in a body.
     */
    static ParsedBody ofPlainText(String text) {
        Builder builder = new Builder(text);
        builder.text(BasedSequence.of(text), Kind.PROSE);
        builder.block();
        return builder.body(new Document(null, BasedSequence.of(text)));
    }

    /** True when the offset lies in a code block, an HTML block or a reference definition. */
    boolean inCodeBlock(int offset) {
        for (int[] range : codeBlocks) {
            if (offset >= range[0] && offset < range[1]) {
                return true;
            }
        }
        return false;
    }

    private static final class Builder {
        private final String markdown;
        private final boolean[] inUrl;
        private final List<Glyph> glyphs = new ArrayList<>();
        private final List<int[]> codeBlocks = new ArrayList<>();
        private final Set<Integer> autoNumbered = new HashSet<>();

        Builder(String markdown) {
            this.markdown = markdown;
            this.inUrl = new boolean[markdown.length()];
            Matcher url = BARE_URL.matcher(markdown);
            while (url.find()) {
                for (int i = url.start(); i < url.end(); i++) {
                    inUrl[i] = true;
                }
            }
        }

        void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                visit(child);
            }
        }

        private void visit(Node node) {
            if (node instanceof Text) {
                text(node.getChars(), Kind.PROSE);
            } else if (node instanceof Code code) {
                text(code.getText(), Kind.VISIBLE);
            } else if (node instanceof AutoLink || node instanceof MailLink) {
                text(node.getChars(), Kind.VISIBLE);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                glyphs.add(new Glyph('\n', -1, Kind.BREAK));
            } else if (node instanceof Image || node instanceof ImageRef || node instanceof HtmlEntity
                    || node instanceof Footnote) {
                glyphs.add(new Glyph(OBJECT, node.getStartOffset(), Kind.VISIBLE));
            } else if (node instanceof HtmlInlineBase) {
                // a tag is not seen: the text on either side of <span> reads as one
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                    || node instanceof HtmlBlockBase || node instanceof Reference) {
                block();
                codeBlocks.add(new int[] {node.getStartOffset(), node.getEndOffset()});
            } else if (node instanceof Block || node instanceof TableCell) {
                if (node instanceof OrderedListItem && node.getPrevious() instanceof OrderedListItem
                        && node.getParent() instanceof OrderedList) {
                    autoNumbered.add(((OrderedListItem) node).getOpeningMarker().getStartOffset());
                }
                block();
                children(node);
                block();
            } else {
                children(node); // emphasis, links (their text), strikethrough, text groups
            }
        }

        void text(BasedSequence chars, Kind kind) {
            for (int i = 0; i < chars.length(); ) {
                int cp = Character.codePointAt(chars, i);
                int offset = chars.getIndexOffset(i);
                i += Character.charCount(cp);
                if (cp == '\n') {
                    glyphs.add(new Glyph('\n', -1, Kind.BREAK));
                    continue;
                }
                Kind k = kind;
                if (k == Kind.PROSE && (offset < 0 || offset >= markdown.length() || inUrl[offset]
                        || (offset > 0 && markdown.charAt(offset - 1) == '\\'))) {
                    k = Kind.VISIBLE; // an address, or a character the writer escaped on purpose
                }
                glyphs.add(new Glyph(cp, offset, k));
            }
        }

        ParsedBody body(Document tree) {
            return new ParsedBody(markdown, tree, List.copyOf(glyphs), List.copyOf(codeBlocks), Set.copyOf(autoNumbered));
        }

        void block() {
            if (glyphs.isEmpty() || glyphs.get(glyphs.size() - 1).kind() != Kind.BLOCK) {
                glyphs.add(new Glyph('\n', -1, Kind.BLOCK));
            }
        }
    }
}
