package org.branchpress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.branchpress.Pipeline.Fixed;
import org.branchpress.Pipeline.Unfixed;
import org.branchpress.lint.Linted;
import org.branchpress.lint.PunctuationFixer;
import org.branchpress.problem.Problem;

/** What {@code check --fix} changed, and could not change, from the lint of stage 4. */
record Fixes(List<Fixed> fixed, List<Unfixed> unfixed) {
    static final Fixes NONE = new Fixes(List.of(), List.of());

    /** Rule 1's places in every linted file, file by file in path order. */
    static Fixes of(List<Linted> linted) {
        List<Fixed> fixed = new ArrayList<>();
        List<Unfixed> unfixed = new ArrayList<>();
        linted.stream().sorted(Comparator.comparing(Linted::file)).forEach(l -> {
            try {
                int count = PunctuationFixer.fix(l);
                if (count > 0) {
                    fixed.add(new Fixed(l.file(), count));
                }
            } catch (PunctuationFixer.ChangedSinceRead e) {
                unfixed.add(new Unfixed(l.file(), e.getMessage()));
            } catch (IOException e) {
                unfixed.add(new Unfixed(l.file(), "无法改写这个文件（" + e.getMessage()
                        + "），文件原来的内容没有改动，标点没有修正：请检查磁盘空间和写入权限后重新运行 check --fix。"));
            }
        });
        return new Fixes(List.copyOf(fixed), List.copyOf(unfixed));
    }

    /** The lint's warnings that still hold, by place: a fixed file's half-width marks are gone. */
    List<Problem> leftAfter(List<Linted> linted) {
        Set<String> changed = new HashSet<>();
        fixed.forEach(f -> changed.add(f.file()));
        List<Problem> left = new ArrayList<>();
        linted.forEach(l -> left.addAll(changed.contains(l.file()) ? l.warningsAfterFix() : l.warnings()));
        left.sort(Problem.ORDER);
        return List.copyOf(left);
    }
}
