package org.branchpress.content;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** present ÷ expected, printed with one decimal and rounded half up exactly (88.9%). */
public record AttendanceRate(int present, int expected) {

    public BigDecimal percent() {
        if (expected == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(present).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
    }

    public String label() {
        return percent().toPlainString() + "%";
    }
}
