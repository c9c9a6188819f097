package org.branchpress.print;

import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * The largest scale at which a poster's body still fits one sheet: a bisection over the
 * scale, each step a real rendering counted by PDFBox, so what is printed is what was measured.
 */
public final class OnePage {
    static final double SMALLEST = 0.3;
    static final double LARGEST = 4.0;
    private static final int STEPS = 7;

    private OnePage() {
    }

    /** The PDF at the largest scale that gives one page; empty when even the smallest gives more. */
    public static Optional<byte[]> fit(DoubleFunction<String> html, String baseUri, PdfMaker maker) {
        byte[] smallest = maker.pdf(html.apply(SMALLEST), baseUri);
        if (PdfMaker.pages(smallest) > 1) {
            return Optional.empty();
        }
        double low = SMALLEST;
        double high = LARGEST;
        byte[] best = smallest;
        for (int i = 0; i < STEPS; i++) {
            double mid = Math.sqrt(low * high); // sizes grow by factors: bisect their logarithm
            byte[] pdf = maker.pdf(html.apply(mid), baseUri);
            if (PdfMaker.pages(pdf) == 1) {
                low = mid;
                best = pdf;
            } else {
                high = mid;
            }
        }
        return Optional.of(best);
    }
}
