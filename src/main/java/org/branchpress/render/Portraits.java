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

    /** The widest a team's line may be in the 120-unit-wide drawing, inside its ring. */
    private static final int LINE_WIDTH = 84;

    /**
     * Words a team's name ends with, longest first: drawn as its last line, so the name breaks
     * between words ("外场试验" / "党员突击队"), not inside one ("外场试验党" / "员突击队").
     */
    private static final java.util.List<String> TEAM_WORDS = java.util.List.of("青年突击队", "党员突击队", "党员服务队",
            "志愿服务队", "突击队", "攻关队", "攻关组", "服务队", "志愿队", "先锋队", "小分队", "工作组", "项目组",
            "团队", "小组", "班组");

    /**
     * A team's portrait: its whole name in up to three lines ("质量复查" / "突击队"), never its
     * last two characters ("击队"). The team word is the last line; the rest breaks every four
     * characters, which keeps two-character words together more often than an even split.
     */
    static Views.Portrait ofTeam(String name) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        String rest = name;
        String last = null;
        for (String word : TEAM_WORDS) {
            if (name.endsWith(word) && name.length() > word.length()) {
                rest = name.substring(0, name.length() - word.length());
                last = word;
                break;
            }
        }
        chunks(rest, 4).forEach(parts::add);
        if (last != null) {
            parts.add(last);
        }
        if (parts.size() > 3) { // a long name: three lines of about the same length, the team word last
            int cps = rest.codePointCount(0, rest.length());
            parts = last == null ? chunks(name, (name.codePointCount(0, name.length()) + 2) / 3)
                    : new java.util.ArrayList<>(chunks(rest, (cps + 1) / 2));
            if (last != null) {
                parts.add(last);
            }
        }
        int longest = parts.stream().mapToInt(p -> p.codePointCount(0, p.length())).max().orElse(1);
        int size = Math.min(30, LINE_WIDTH / longest);
        java.util.List<Views.PortraitLine> placed = new java.util.ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            placed.add(new Views.PortraitLine(parts.get(i), 80 + Math.round((i * 2 - parts.size() + 1) * size * 0.6f)));
        }
        return new Views.Portrait(name, color(name), java.util.List.copyOf(placed), size);
    }

    private static java.util.List<String> chunks(String text, int per) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = text.offsetByCodePoints(at, Math.min(per, text.codePointCount(at, text.length())));
            out.add(text.substring(at, end));
            at = end;
        }
        return out;
    }

    static Views.Portrait of(String name) {
        int cps = name.codePointCount(0, name.length());
        String initials = cps <= 2 ? name : name.substring(name.offsetByCodePoints(0, cps - 2));
        if (cps > 4 && !isHan(name)) {
            initials = name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT);
        }
        return new Views.Portrait(initials, color(name), java.util.List.of(), 0);
    }

    private static String color(String name) {
        int h = 0;
        for (int i = 0; i < name.length(); i++) {
            h = 31 * h + name.charAt(i);
        }
        return COLORS[Math.floorMod(h, COLORS.length)];
    }

    private static boolean isHan(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
