package org.branchpress.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.util.ast.Node;

/**
 * {@code lint/image-alt}: an image without alt text, {@code ![](media/a.jpg)} or an
 * {@code <img>} tag without a non-empty {@code alt}. Screen readers read the alt text, and it
 * shows where the picture cannot.
 */
final class ImageAlt {
    static final String RULE = "lint/image-alt";

    private static final Pattern IMG = Pattern.compile("(?i)<img\\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern ALT = Pattern.compile(
            "(?i)(?:^|\\s)alt(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    private ImageAlt() {
    }

    static List<Finding> check(ParsedBody body) {
        List<Finding> findings = new ArrayList<>();
        for (Node node : body.tree().getDescendants()) {
            if (node instanceof Image image && image.getText().isBlank()) {
                findings.add(markdown(node.getStartOffset()));
            } else if (node instanceof ImageRef ref && ref.getText().isBlank()) {
                findings.add(markdown(node.getStartOffset()));
            } else if ((node instanceof HtmlInlineBase && !(node instanceof HtmlInlineComment))
                    || (node instanceof HtmlBlockBase && !(node instanceof HtmlCommentBlock))) {
                Matcher img = IMG.matcher(blankComments(node.getChars().toString()));
                while (img.find()) {
                    if (!hasAlt(img.group(1))) {
                        findings.add(new Finding(RULE, node.getStartOffset() + img.start(),
                                "<img> 图片缺少替代文字：请加上 alt=\"图片内容的简短说明\"（如 alt=\"支部党员在军事博物馆合影\"），"
                                        + "读屏软件会读出它，图片显示不出来时也会显示它。"));
                    }
                }
            }
        }
        return findings;
    }

    /** An {@code <img>} commented out is not on the page; offsets stay as they were. */
    private static String blankComments(String html) {
        Matcher comment = COMMENT.matcher(html);
        StringBuilder out = new StringBuilder(html);
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static boolean hasAlt(String attributes) {
        Matcher alt = ALT.matcher(attributes);
        while (alt.find()) {
            for (int g = 1; g <= 3; g++) {
                if (alt.group(g) != null && !alt.group(g).isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Finding markdown(int offset) {
        return new Finding(RULE, offset, "图片缺少替代文字：请在 ![ ] 的方括号里写上图片内容的简短说明，"
                + "如 ![支部党员在军事博物馆合影](media/…)；读屏软件会读出它，图片显示不出来时也会显示它。");
    }
}
