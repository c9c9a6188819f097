package org.branchpress.render;

/**
 * The generated portrait that stands in for a missing photo: the last characters of the
 * name on a colour of its own, drawn by the template as SVG.
 */
final class Portraits {
    /** Warm, dignified colours that carry white text well. */
    private static final String[] COLORS = {"#b71c1c", "#c62828", "#ad1457", "#8d3a1f", "#a0522d", "#9a6b00",
            "#7b1f3a", "#5d4037"};

    private Portraits() {
    }

    static Views.Portrait of(String name) {
        int cps = name.codePointCount(0, name.length());
        String initials = cps <= 2 ? name : name.substring(name.offsetByCodePoints(0, cps - 2));
        if (cps > 4 && !isHan(name)) {
            initials = name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT);
        }
        int h = 0;
        for (int i = 0; i < name.length(); i++) {
            h = 31 * h + name.charAt(i);
        }
        return new Views.Portrait(initials, COLORS[Math.floorMod(h, COLORS.length)]);
    }

    private static boolean isHan(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
