package org.branchpress.site;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The TV screens as planned when the model is assembled: each screen's slides, and the scaled
 * copies of the pictures they show, decided (read, size-checked, sized) before anything is
 * rendered so that {@code check} warns about a picture as {@code build} does.
 *
 * @param pictures address in the site ({@code screen/img/…jpg}) → the scaled JPEG, made when
 *                 the render stage writes it
 */
public record Screens(List<ScreenPlan> plans, Map<String, Supplier<byte[]>> pictures) {
    public Screens {
        plans = List.copyOf(plans);
        pictures = Map.copyOf(pictures);
    }
}
