package org.branchpress.render;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes drawn at build time as one SVG path: no script, no image file, sharp at any size. */
final class QrCodes {
    private QrCodes() {
    }

    static ScreenViews.Qr of(String url, String caption) {
        try {
            BitMatrix m = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                int x = 0;
                while (x < m.getWidth()) {
                    if (!m.get(x, y)) {
                        x++;
                        continue;
                    }
                    int start = x;
                    while (x < m.getWidth() && m.get(x, y)) {
                        x++;
                    }
                    path.append('M').append(start).append(',').append(y).append('h').append(x - start).append("v1h-")
                            .append(x - start).append('z');
                }
            }
            return new ScreenViews.Qr(path.toString(), m.getWidth(), caption);
        } catch (WriterException e) {
            throw new IllegalStateException("QR code for " + url, e);
        }
    }
}
