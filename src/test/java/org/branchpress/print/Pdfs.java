package org.branchpress.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a test reads back from a PDF with PDFBox: pages, each page's text, its fonts. */
record Pdfs(int pages, List<String> texts, List<Font> fonts) {

    /** A font used on a page: its name (a subset's starts with six capitals and +), and whether it is in the file. */
    record Font(String name, boolean embedded) {
        boolean subset() {
            return name.matches("[A-Z]{6}\\+.*");
        }
    }

    static Pdfs read(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                texts.add(stripper.getText(d));
            }
            List<Font> fonts = new ArrayList<>();
            for (PDPage page : d.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    fonts.add(new Font(f.getName(), f.isEmbedded()));
                }
            }
            return new Pdfs(d.getNumberOfPages(), texts, fonts);
        }
    }

    /** All the text without white space: a name broken over two lines still reads as one. */
    String joined() {
        return String.join("", texts).replaceAll("\\s+", "");
    }
}
