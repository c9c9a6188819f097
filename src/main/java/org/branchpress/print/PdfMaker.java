package org.branchpress.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * HTML and CSS (paged media: {@code @page}, page counters, {@code target-counter}) to PDF with
 * openhtmltopdf on PDFBox, the Chinese font embedded as a subset: the text stays text, so the
 * PDF can be searched and copied from. The HTML may be any HTML5 (jsoup makes the DOM).
 */
public final class PdfMaker {
    /** The CSS font family the print templates name. */
    public static final String FAMILY = "branchpress-cjk";

    private final CjkFont font;

    public PdfMaker(CjkFont font) {
        this.font = font;
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, java.util.logging.Level.OFF));
    }

    /**
     * @param baseUri where relative image addresses lead (the content folder, as a file: URI)
     */
    public byte[] pdf(String html, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        List<Closeable> open = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(font.load(document, open)), FAMILY);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, baseUri)), baseUri);
            builder.withProducer("branchpress");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            open.forEach(PdfMaker::close);
        }
        return out.toByteArray();
    }

    private static void close(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // a font file read to the end: nothing is lost by not closing it cleanly
        }
    }

    /** How many pages a PDF has. */
    public static int pages(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page as a PNG at {@code dpi}. */
    public static byte[] png(byte[] pdf, int dpi) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(d).renderImageWithDPI(0, dpi, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
