package org.branchpress.markdown;

import java.util.Set;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * A line break inside a paragraph disappears between two Chinese (or Japanese) characters and
 * stays a line break (a space on the page) everywhere else: {@code 支部\n党员} reads 支部党员,
 * {@code two\nwords} keeps its space. This is CSS Text's rule for segment breaks, with
 * Chinese quotation marks, the ellipsis and the dash counted as wide, as Chinese fonts set
 * them. Korean keeps its breaks: it puts spaces between words.
 */
final class SoftBreaks implements HtmlRenderer.HtmlRendererExtension {

    static SoftBreaks create() {
        return new SoftBreaks();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(
                new NodeRenderingHandler<>(SoftLineBreak.class, (node, context, html) -> {
                    if (!joins(node)) {
                        html.raw("\n");
                    }
                })));
    }

    static boolean joins(SoftLineBreak node) {
        return isWide(lastCodePoint(node.getPrevious())) && isWide(firstCodePoint(node.getNext()));
    }

    private static boolean isWide(int cp) {
        return cp >= 0 && (CjkCharacters.isCjk(cp) || cp == '“' || cp == '”' || cp == '‘' || cp == '’'
                || cp == '…' || cp == '—' || cp == '·') && !CjkCharacters.isHangul(cp);
    }

    /** The last character of plain text in {@code node}; -1 after code, images, HTML. */
    private static int lastCodePoint(Node node) {
        while (node != null && !(node instanceof Text) && node.getLastChild() != null) {
            node = node.getLastChild();
        }
        if (!(node instanceof Text)) {
            return -1;
        }
        String text = node.getChars().toString().stripTrailing();
        return text.isEmpty() ? -1 : text.codePointBefore(text.length());
    }

    private static int firstCodePoint(Node node) {
        while (node != null && !(node instanceof Text) && node.getFirstChild() != null) {
            node = node.getFirstChild();
        }
        if (!(node instanceof Text)) {
            return -1;
        }
        String text = node.getChars().toString().stripLeading();
        return text.isEmpty() ? -1 : text.codePointAt(0);
    }
}
