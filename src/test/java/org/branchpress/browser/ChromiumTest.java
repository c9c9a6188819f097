package org.branchpress.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class that drives one Chromium for all its tests: the class starts it in its own
 * {@code @BeforeAll} (after building what it shows), this closes it after the last test, and
 * every test begins with no browser problems recorded.
 */
abstract class ChromiumTest {
    static BrowserSession browser;

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void forgetProblemsOfEarlierTests() {
        browser.reset();
    }
}
