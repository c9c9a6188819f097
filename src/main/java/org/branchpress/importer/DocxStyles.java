package org.branchpress.importer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/**
 * What the styles say about a paragraph or a run: heading level, caption, alignment, bold and
 * italic. A property set on the paragraph or run itself wins; then its style and the styles
 * that style is based on; then the document's defaults.
 */
final class DocxStyles {
    private final XWPFStyles styles;
    private final Element defaults;
    private final String defaultParagraphStyle;

    DocxStyles(XWPFStyles styles) {
        this.styles = styles;
        Element root = styles == null || styles.getCtStyles() == null ? null
                : (Element) styles.getCtStyles().getDomNode();
        this.defaults = root == null ? null : DocxXml.path(root, "docDefaults", "rPrDefault", "rPr");
        String normal = null;
        for (Element style : root == null ? java.util.List.<Element>of() : DocxXml.children(root)) {
            String isDefault = DocxXml.attr(style, DocxXml.W, "default");
            if (DocxXml.isW(style, "style") && "paragraph".equals(DocxXml.attr(style, DocxXml.W, "type"))
                    && ("1".equals(isDefault) || "true".equals(isDefault) || "on".equals(isDefault))) {
                normal = DocxXml.attr(style, DocxXml.W, "styleId");
            }
        }
        this.defaultParagraphStyle = normal;
    }

    /** The paragraph's style, or the document's default paragraph style (Normal, 正文) when it names none. */
    String paragraphStyle(Element pPr) {
        String id = DocxXml.val(DocxXml.child(pPr, "pStyle"));
        return id != null ? id : defaultParagraphStyle;
    }

    /** The style's name in lower case without spaces ({@code heading1}, {@code 标题1}), or the id. */
    String name(String id) {
        if (id == null) {
            return "";
        }
        XWPFStyle style = styles == null ? null : styles.getStyle(id);
        String name = style == null || style.getName() == null ? id : style.getName();
        return name.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /**
     * -1 for the Title style, N for Heading N / 标题 N or an outline level of N−1, 0 for body text.
     * WPS writers set 大纲级别 on a paragraph to make it a heading; Word also leaves it on long
     * body paragraphs, so set on the paragraph itself it counts only for a short line that is
     * not a sentence.
     */
    int headingLevel(String styleId, Element pPr, String text) {
        String name = name(styleId);
        if (name.equals("title") || name.equals("标题")) {
            return -1;
        }
        for (String prefix : new String[] {"heading", "标题"}) {
            if (name.startsWith(prefix) && name.length() > prefix.length()
                    && Character.isDigit(name.charAt(prefix.length()))) {
                return Character.getNumericValue(name.charAt(prefix.length()));
            }
        }
        Element own = DocxXml.child(pPr, "outlineLvl");
        String t = text.strip();
        if (own != null && (t.codePointCount(0, t.length()) > 50 || t.matches("(?s).*[。！？；.!?;:：]"))) {
            return 0;
        }
        int level = DocxXml.integer(DocxXml.val(paragraphProperty(styleId, pPr, "outlineLvl")), 9);
        return level >= 0 && level < 9 ? level + 1 : 0; // 0 is level 1, 9 is body text
    }

    boolean isCaption(String styleId) {
        String name = name(styleId);
        return name.equals("caption") || name.equals("题注") || name.startsWith("caption") || name.equals("图注");
    }

    /** {@code w:name} in the paragraph's own properties, else in its style chain. */
    Element paragraphProperty(String styleId, Element pPr, String property) {
        Element own = DocxXml.child(pPr, property);
        if (own != null) {
            return own;
        }
        Set<String> seen = new HashSet<>();
        for (String id = styleId; id != null && seen.add(id); ) {
            XWPFStyle style = styles == null ? null : styles.getStyle(id);
            if (style == null) {
                return null;
            }
            Element found = DocxXml.path((Element) style.getCTStyle().getDomNode(), "pPr", property);
            if (found != null) {
                return found;
            }
            id = style.getBasisStyleID();
        }
        return null;
    }

    boolean centred(String styleId, Element pPr) {
        String jc = DocxXml.val(paragraphProperty(styleId, pPr, "jc"));
        return "center".equals(jc);
    }

    /** A run toggle ({@code b}, {@code i}, {@code vanish}): run, character style, paragraph style, defaults. */
    boolean runToggle(Element rPr, String paragraphStyle, String property) {
        Boolean own = DocxXml.toggle(DocxXml.child(rPr, property));
        if (own != null) {
            return own;
        }
        Boolean styled = styleToggle(DocxXml.val(DocxXml.child(rPr, "rStyle")), property);
        if (styled == null) {
            styled = styleToggle(paragraphStyle, property);
        }
        if (styled == null) {
            styled = DocxXml.toggle(DocxXml.child(defaults, property));
        }
        return styled != null && styled;
    }

    /** The run's font size in half-points, or 0 when no size is set anywhere. */
    int runSize(Element rPr, String paragraphStyle) {
        int own = DocxXml.integer(DocxXml.val(DocxXml.child(rPr, "sz")), 0);
        if (own > 0) {
            return own;
        }
        Set<String> seen = new HashSet<>();
        for (String id = paragraphStyle; id != null && seen.add(id); ) {
            XWPFStyle style = styles == null ? null : styles.getStyle(id);
            if (style == null) {
                break;
            }
            int size = DocxXml.integer(DocxXml.val(DocxXml.path((Element) style.getCTStyle().getDomNode(), "rPr",
                    "sz")), 0);
            if (size > 0) {
                return size;
            }
            id = style.getBasisStyleID();
        }
        return DocxXml.integer(DocxXml.val(DocxXml.child(defaults, "sz")), 0);
    }

    private Boolean styleToggle(String styleId, String property) {
        Set<String> seen = new HashSet<>();
        for (String id = styleId; id != null && seen.add(id); ) {
            XWPFStyle style = styles == null ? null : styles.getStyle(id);
            if (style == null) {
                return null;
            }
            Boolean found = DocxXml.toggle(DocxXml.path((Element) style.getCTStyle().getDomNode(), "rPr", property));
            if (found != null) {
                return found;
            }
            id = style.getBasisStyleID();
        }
        return null;
    }
}
