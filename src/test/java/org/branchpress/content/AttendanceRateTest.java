package org.branchpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttendanceRateTest {
    @Test
    void ratePrintsOneDecimalRoundedHalfUpExactly() {
        assertThat(new AttendanceRate(8, 9).label()).isEqualTo("88.9%");
        assertThat(new AttendanceRate(1, 8).label()).isEqualTo("12.5%");
        // 0.5% boundaries where binary floating point would round down: 1/16 = 6.25%
        assertThat(new AttendanceRate(1, 16).label()).isEqualTo("6.3%");
        assertThat(new AttendanceRate(30, 30).label()).isEqualTo("100.0%");
    }
}
