package org.branchpress.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/**
 * The text of a node, for summaries, search and heading ids. flexmark's collector throws on
 * some bodies (a bracket alone on a line before a blank label, {@code [\n]: /uri}, CommonMark
 * example 552; an escaped closing {@code \###}, example 76); a body must never stop the build
 * that way, so then the text nodes are simply joined.
 */
final class PlainText {
    private PlainText() {
    }

    static String of(Node node) {
        try {
            return new TextCollectingVisitor().collectAndGetText(node);
        } catch (IllegalStateException | AssertionError flexmarkBug) {
            // AssertionError: flexmark checks its segment lengths with assert (tests run with -ea;
            // ### foo \### trips it), and without -ea the same body gives garbled text
            StringBuilder text = new StringBuilder();
            for (Node n : node.getDescendants()) {
                if (n instanceof Text || n instanceof HtmlEntity) {
                    text.append(n.getChars().unescape());
                } else if (n instanceof Code code) {
                    text.append(code.getText());
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak || n instanceof Block) {
                    text.append('\n');
                }
            }
            return text.toString();
        }
    }
}
