package org.branchpress.render;

import java.util.ArrayList;
import java.util.List;

import org.branchpress.site.SiteModel;

/**
 * What the preview wall ({@code screen/preview.html}) points out on each slide (a shortened text,
 * a missing photo or poster), as lines for {@code check}: the officer sees the same notes at the
 * terminal as on the wall.
 */
public final class ScreenNotes {
    private ScreenNotes() {
    }

    /** One line per slide with notes, as {@code 屏幕 lobby 第 3 页（活动）：没有照片，只显示文字}; empty when none has. */
    public static List<String> of(SiteModel model) {
        Labels labels = new Labels(model.settings().language());
        List<String> lines = new ArrayList<>();
        for (ScreenViews.PreviewScreen screen : new ScreenRenderer(null, model, labels).preview().screens()) {
            for (ScreenViews.PreviewSlide slide : screen.slides()) {
                if (!slide.notes().isEmpty()) {
                    lines.add(String.format(labels.get("checkScreenNote"), screen.id(), slide.number(), slide.kind(),
                            String.join("；", slide.notes())));
                }
            }
        }
        return List.copyOf(lines);
    }
}
