package org.branchpress.markdown;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Bare addresses in Chinese text: the autolink extension counts Chinese characters as part
 * of an address, so {@code 邮箱：a@b.cn} would link {@code 邮箱：a@b.cn} and {@code 见http://x.cn。}
 * would swallow the full stop. This trims each bare link to its ASCII address and gives the
 * rest back to the text around it.
 */
final class CjkAutolinks {
    private CjkAutolinks() {
    }

    static void fix(Document doc) {
        List<Node> links = new ArrayList<>();
        for (Node node : doc.getDescendants()) {
            if ((node instanceof MailLink || node instanceof AutoLink)
                    && ((com.vladsch.flexmark.ast.DelimitedLinkNode) node).getOpeningMarker().isEmpty()) {
                links.add(node);
            }
        }
        links.forEach(CjkAutolinks::trim);
    }

    private static void trim(Node node) {
        BasedSequence chars = node.getChars();
        String s = chars.toString();
        if (s.chars().allMatch(c -> c < 0x80)) {
            return; // no Chinese to give back: the extension's own reading stands
        }
        int start = 0;
        int end = s.length();
        if (node instanceof MailLink) {
            int at = s.indexOf('@');
            start = at;
            while (start > 0 && isAddressChar(s.charAt(start - 1))) {
                start--;
            }
            end = at + 1;
            while (end < s.length() && isAddressChar(s.charAt(end))) {
                end++;
            }
            while (end > at + 1 && s.charAt(end - 1) == '.') {
                end--;
            }
        } else {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 0x7F) {
                    end = i;
                    break;
                }
            }
            // GFM's rule for the end of an extended autolink: trailing ? ! . , : * _ ~ are punctuation
            while (end > 0 && "?!.,:*_~".indexOf(s.charAt(end - 1)) >= 0) {
                end--;
            }
        }
        if (start == 0 && end == s.length()) {
            return;
        }
        if (start >= end || (node instanceof MailLink && (start == s.indexOf('@') || end == s.indexOf('@') + 1))) {
            node.insertBefore(new Text(chars));
            node.unlink();
            return;
        }
        if (start > 0) {
            node.insertBefore(new Text(chars.subSequence(0, start)));
        }
        BasedSequence address = chars.subSequence(start, end);
        node.insertBefore(node instanceof MailLink
                ? new MailLink(BasedSequence.NULL, address, BasedSequence.NULL)
                : new AutoLink(BasedSequence.NULL, address, BasedSequence.NULL));
        if (end < s.length()) {
            node.insertBefore(new Text(chars.subSequence(end)));
        }
        node.unlink();
    }

    private static boolean isAddressChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
                || c == '_' || c == '+' || c == '%';
    }
}
