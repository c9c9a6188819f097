package org.branchpress.importer;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.w3c.dom.Element;

/**
 * Word's automatic numbering, which is not in the paragraph's text: the numbering definition
 * (numbering.xml) names each level's format ({@code decimal}, {@code chineseCounting} …) and
 * its text ({@code %1.}, {@code （%2）}); the count goes on over the whole document, one count
 * per list definition, and a list that restarts has a start override.
 */
final class DocxNumbering {
    /** What the paragraph's number is: a bullet, a Markdown-able {@code 3.}, or a label kept as text. */
    record Label(Kind kind, int level, int number, String text) {
        enum Kind { BULLET, ORDERED, TEXT }
    }

    private static final Pattern PLAIN = Pattern.compile("%(\\d)[.)．、]");
    private static final Set<String> ORDINAL = Set.of("decimal", "decimalHalfWidth", "ordinal", "cardinalText",
            "ordinalText", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman");

    private final XWPFNumbering numbering;
    private final DocxStyles styles;
    private final Map<String, Integer[]> counts = new HashMap<>();
    private final Map<String, Integer[]> restarts = new HashMap<>();
    private final Set<String> seen = new HashSet<>();

    DocxNumbering(XWPFNumbering numbering, DocxStyles styles) {
        this.numbering = numbering;
        this.styles = styles;
    }

    /** The paragraph's label, counting it; empty when it is not numbered. */
    Optional<Label> next(String styleId, Element pPr) {
        Element own = DocxXml.child(pPr, "numPr");
        Element styled = styles.paragraphProperty(styleId, null, "numPr");
        String numId = DocxXml.val(DocxXml.child(own != null && DocxXml.child(own, "numId") != null ? own : styled,
                "numId"));
        if (numbering == null || numId == null || numId.equals("0")) {
            return Optional.empty();
        }
        Element ilvlElement = DocxXml.child(own != null && DocxXml.child(own, "ilvl") != null ? own : styled, "ilvl");
        Element num = num(numId);
        Element definition = num == null ? null : abstractNum(DocxXml.val(DocxXml.child(num, "abstractNumId")));
        if (definition == null) {
            return Optional.empty();
        }
        int level = ilvlElement != null ? Math.max(0, Math.min(8, DocxXml.integer(DocxXml.val(ilvlElement), 0)))
                : levelOfStyle(definition, styleId);
        String key = definition.getAttributeNS(DocxXml.W, "abstractNumId");
        Integer[] count = counts.computeIfAbsent(key, k -> new Integer[9]);
        Integer[] restart = restarts.computeIfAbsent(key, k -> new Integer[9]);
        if (seen.add(numId)) {
            for (Element o : DocxXml.children(num)) {
                if (DocxXml.isW(o, "lvlOverride") && DocxXml.child(o, "startOverride") != null) {
                    int l = DocxXml.integer(o.getAttributeNS(DocxXml.W, "ilvl"), 0);
                    if (l >= 0 && l < 9) {
                        count[l] = null;
                        restart[l] = DocxXml.integer(DocxXml.val(DocxXml.child(o, "startOverride")), 1);
                    }
                }
            }
        }
        Element lvl = level(num, definition, level);
        if (count[level] == null) {
            count[level] = restart[level] != null ? restart[level] : start(lvl);
            restart[level] = null;
        } else {
            count[level]++;
        }
        for (int deeper = level + 1; deeper < 9; deeper++) {
            count[deeper] = null;
        }
        return label(num, definition, level, lvl, count);
    }

    private Optional<Label> label(Element num, Element definition, int level, Element lvl, Integer[] count) {
        String format = DocxXml.val(DocxXml.child(lvl, "numFmt"));
        format = format == null ? "decimal" : format;
        String pattern = DocxXml.val(DocxXml.child(lvl, "lvlText"));
        if (format.equals("none") || pattern == null && format.equals("bullet")) {
            return Optional.empty();
        }
        if (format.equals("bullet")) {
            return Optional.of(new Label(Label.Kind.BULLET, level, 0, pattern));
        }
        pattern = pattern == null ? "%" + (level + 1) + "." : pattern;
        Matcher plain = PLAIN.matcher(pattern);
        if (ORDINAL.contains(format) && plain.matches() && plain.group(1).equals(String.valueOf(level + 1))) {
            return Optional.of(new Label(Label.Kind.ORDERED, level, count[level], pattern));
        }
        boolean legal = DocxXml.toggle(DocxXml.child(lvl, "isLgl")) == Boolean.TRUE;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int l = pattern.charAt(++i) - '1';
                Element other = level(num, definition, l);
                int n = count[l] != null ? count[l] : start(other);
                String f = legal && l != level ? "decimal" : DocxXml.val(DocxXml.child(other, "numFmt"));
                text.append(Numerals.format(n, f == null ? "decimal" : f));
            } else {
                text.append(c);
            }
        }
        String suffix = DocxXml.val(DocxXml.child(lvl, "suff"));
        String label = text.toString().strip();
        boolean joined = "nothing".equals(suffix) || label.isEmpty() || MarkdownInline.cjk(label.charAt(label.length() - 1))
                && !Character.isLetterOrDigit(label.charAt(label.length() - 1));
        return Optional.of(new Label(Label.Kind.TEXT, level, count[level], joined ? label : label + " "));
    }

    private static int start(Element lvl) {
        return DocxXml.integer(DocxXml.val(DocxXml.child(lvl, "start")), 1);
    }

    /** The level's definition: the num's own override of it, else the abstract definition's. */
    private static Element level(Element num, Element definition, int level) {
        for (Element o : DocxXml.children(num)) {
            if (DocxXml.isW(o, "lvlOverride") && DocxXml.integer(o.getAttributeNS(DocxXml.W, "ilvl"), -1) == level
                    && DocxXml.child(o, "lvl") != null) {
                return DocxXml.child(o, "lvl");
            }
        }
        for (Element lvl : DocxXml.children(definition)) {
            if (DocxXml.isW(lvl, "lvl") && DocxXml.integer(lvl.getAttributeNS(DocxXml.W, "ilvl"), -1) == level) {
                return lvl;
            }
        }
        return null;
    }

    /** A heading style numbered through its list: the level whose {@code w:pStyle} is that style. */
    private static int levelOfStyle(Element definition, String styleId) {
        for (Element lvl : DocxXml.children(definition)) {
            if (DocxXml.isW(lvl, "lvl") && styleId != null && styleId.equals(DocxXml.val(DocxXml.child(lvl, "pStyle")))) {
                return Math.max(0, Math.min(8, DocxXml.integer(lvl.getAttributeNS(DocxXml.W, "ilvl"), 0)));
            }
        }
        return 0;
    }

    private Element num(String id) {
        try {
            XWPFNum num = numbering.getNum(new BigInteger(id.strip()));
            return num == null || num.getCTNum() == null ? null : (Element) num.getCTNum().getDomNode();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The abstract definition; one that only links to a numbering style is followed to that style's list. */
    private Element abstractNum(String id) {
        Element definition = abstractById(id);
        Element link = definition == null ? null : DocxXml.child(definition, "numStyleLink");
        if (link != null) {
            Element numPr = styles.paragraphProperty(DocxXml.val(link), null, "numPr");
            Element num = numPr == null ? null : num(String.valueOf(DocxXml.val(DocxXml.child(numPr, "numId"))));
            Element linked = num == null ? null : abstractById(DocxXml.val(DocxXml.child(num, "abstractNumId")));
            return linked != null ? linked : definition;
        }
        return definition;
    }

    private Element abstractById(String id) {
        if (id == null) {
            return null;
        }
        try {
            XWPFAbstractNum a = numbering.getAbstractNum(new BigInteger(id.strip()));
            return a == null || a.getCTAbstractNum() == null ? null : (Element) a.getCTAbstractNum().getDomNode();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
