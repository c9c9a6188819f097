package org.branchpress.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The words of a .docx as Word shows them, read straight from its XML (not through the
 * importer): every {@code w:t} of the body, the footnotes and the endnotes, a space between
 * paragraphs, at breaks and tabs. Deleted revisions ({@code w:delText}) and field instructions
 * are not text. {@link #missing} is the check "import never drops text silently".
 */
final class DocxWords {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final List<String> STORIES = List.of("word/document.xml", "word/footnotes.xml", "word/endnotes.xml");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private DocxWords() {
    }

    /** The words of the source: runs of letters and digits (a Chinese clause is one word). */
    static List<String> of(byte[] docx) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, byte[]> story : parts(docx).entrySet()) {
            if (STORIES.contains(story.getKey())) {
                text.append(' ');
                collect(parse(story.getValue()), text);
            }
        }
        List<String> words = new ArrayList<>();
        for (String w : NOT_A_LETTER.split(Normalizer.normalize(text, Normalizer.Form.NFKC))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * The source's words that are neither in the Markdown nor in a warning. Markup between
     * letters (emphasis, a link's address, a note's label, {@code <br>}) is taken out first, so
     * that a word split by formatting still counts as there.
     */
    static List<String> missing(byte[] docx, String markdown, List<String> warnings) {
        String letters = letters(markdown) + "\n" + letters(String.join("\n", warnings));
        List<String> missing = new ArrayList<>();
        for (String w : of(docx)) {
            if (!letters.contains(w) && !missing.contains(w)) {
                missing.add(w);
            }
        }
        return missing;
    }

    private static String letters(String markdown) {
        String bare = markdown.replaceAll("\\]\\([^)\\s]*\\)", "").replaceAll("\\[\\^[^\\]]*\\]", "")
                .replace("<br>", "");
        // NFKC: m² in the Markdown is the m2 of a superscript run, ① is 1.
        return NOT_A_LETTER.matcher(Normalizer.normalize(bare, Normalizer.Form.NFKC)).replaceAll("");
    }

    private static void collect(Node node, StringBuilder text) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            boolean w = W.equals(e.getNamespaceURI());
            String name = e.getLocalName();
            if (w && name.equals("t")) {
                text.append(e.getTextContent());
            } else if (w && (name.equals("p") || name.equals("br") || name.equals("tab") || name.equals("cr")
                    || name.equals("tc"))) {
                text.append(' ');
                collect(e, text);
                text.append(' ');
            } else {
                collect(e, text);
            }
        }
    }

    static Map<String, byte[]> parts(byte[] docx) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    private static Element parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
