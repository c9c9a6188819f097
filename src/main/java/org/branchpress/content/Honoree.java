package org.branchpress.content;

import java.util.List;
import java.util.Optional;

/**
 * One entry of an honor roll: a person, or a team when it has members.
 *
 * @param photo  content-relative path, empty when a generated portrait stands in
 * @param screen false keeps this entry off the TV screens (the person did not agree)
 * @param line   where the entry is written in its file (its citation's line when it has one), for
 *               problems found later: a citation too long for the screens
 * @param branch on a 党总支's honor roll, the branch the person (or team) belongs to: their page is
 *               that branch's, and the 总支 makes none of its own for them
 */
public record Honoree(String name, Optional<String> unit, Optional<String> photo, Optional<String> citation,
                      List<String> members, boolean screen, int line, Optional<String> branch) {

    public boolean team() {
        return !members.isEmpty();
    }
}
