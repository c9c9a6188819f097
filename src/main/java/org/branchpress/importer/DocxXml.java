package org.branchpress.importer;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading WordprocessingML as it is. POI's object model leaves out what this importer must
 * keep (content controls, fields, notes, text boxes, alternate content), so the body is walked
 * as XML; POI still opens the package and resolves the parts and relations.
 */
final class DocxXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    static final String VML = "urn:schemas-microsoft-com:vml";
    static final String OFFICE = "urn:schemas-microsoft-com:office:office";

    private DocxXml() {
    }

    static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child {@code w:name}, or null. */
    static Element child(Node parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isW(e, name)) {
                return e;
            }
        }
        return null;
    }

    /** {@code w:a/w:b/…}: the first such path of children, or null. */
    static Element path(Node parent, String... names) {
        Node at = parent;
        for (String name : names) {
            at = child(at, name);
            if (at == null) {
                return null;
            }
        }
        return (Element) at;
    }

    static boolean isW(Element e, String name) {
        return W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
    }

    static boolean is(Element e, String namespace, String name) {
        return namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
    }

    /** The {@code w:val} of a property element, or null when the element or the value is missing. */
    static String val(Element property) {
        return property == null ? null : attr(property, W, "val");
    }

    static String attr(Element e, String namespace, String name) {
        if (e == null) {
            return null;
        }
        String v = namespace.isEmpty() ? e.getAttribute(name) : e.getAttributeNS(namespace, name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** A toggle such as {@code <w:b/>}, {@code <w:b w:val="0"/>}: null when it is not set at all. */
    static Boolean toggle(Element property) {
        if (property == null) {
            return null;
        }
        String v = val(property);
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    static int integer(String value, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /**
     * Visits the elements under {@code root} in document order without recursion (a hostile
     * file may nest elements far deeper than a stack); {@code visit} returns whether to go into one.
     */
    static void scan(Element root, java.util.function.Predicate<Element> visit) {
        java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>();
        List<Element> top = children(root);
        for (int i = top.size() - 1; i >= 0; i--) {
            stack.push(top.get(i));
        }
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            if (visit.test(e)) {
                List<Element> kids = children(e);
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(kids.get(i));
                }
            }
        }
    }

    /** The character data directly in an element ({@code w:t}); XMLBeans' DOM has no getTextContent. */
    static String content(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(n.getNodeValue());
            }
        }
        return b.toString();
    }

    /** The text of every {@code w:t} (or {@code m:t}) under {@code root}. */
    static String text(Element root, String namespace) {
        StringBuilder b = new StringBuilder();
        if (root != null) {
            scan(root, e -> {
                if (is(e, namespace, "t")) {
                    b.append(content(e));
                    return false;
                }
                if (isW(e, "br") || isW(e, "tab") || isW(e, "p") && b.length() > 0) {
                    b.append(' ');
                }
                return true;
            });
        }
        return b.toString().strip();
    }

    /** Every descendant element (document order) with this namespace and local name. */
    static List<Element> descendants(Element root, String namespace, String name) {
        List<Element> out = new ArrayList<>();
        org.w3c.dom.NodeList list = root.getElementsByTagNameNS(namespace, name);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
