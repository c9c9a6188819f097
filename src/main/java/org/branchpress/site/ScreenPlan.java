package org.branchpress.site;

import java.time.LocalDate;
import java.util.List;

import org.branchpress.settings.Screen;

/**
 * A screen with its slides, chosen at build time.
 *
 * @param buildDay the day of the build: a player whose clock is earlier trusts this instead
 */
public record ScreenPlan(Screen screen, List<Slide> slides, LocalDate buildDay) {
}
