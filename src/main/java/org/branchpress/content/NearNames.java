package org.branchpress.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.branchpress.yaml.KeySuggestion;

/**
 * The names a mistyped one most likely meant: those that sound the same (王玮 and 王伟 are both
 * wang wei) or differ in one character. The roster's checks use it, and so does the 党总支's
 * members.yaml when it names a person of a branch.
 */
public final class NearNames {
    private NearNames() {
    }

    /** {@code 是不是“王伟”？} when {@code names} has a name like it, else nothing. */
    public static String hint(String name, Collection<String> names) {
        List<String> near = of(name, names);
        return near.isEmpty() ? "" : "是不是“" + String.join("”或“", near) + "”？";
    }

    /** At most three names, nearest first. */
    static List<String> of(String name, Collection<String> names) {
        String sound = Slugs.of(name);
        List<String> out = new ArrayList<>();
        names.stream().filter(n -> Slugs.of(n).equals(sound)).forEach(out::add);
        names.stream().filter(n -> !out.contains(n) && n.length() == name.length() && KeySuggestion.distance(n, name) == 1)
                .forEach(out::add);
        return out.stream().limit(3).toList();
    }
}
