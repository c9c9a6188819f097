package org.branchpress.site;

import java.util.List;

import org.branchpress.content.Activity;
import org.branchpress.content.HonorRoll;
import org.branchpress.content.Honoree;

/**
 * A member, known by name across all honor rolls and activities (CONTENT-FORMAT.md: the
 * same name is the same person).
 */
public record Person(String name, String address, List<Honor> honors, List<Item<Activity>> attended,
                     List<Item<Activity>> absent) {

    /** One honor of a person: the roll, the entry, and whether it came as a team member. */
    public record Honor(Item<HonorRoll> roll, Honoree entry, boolean asMember) {
    }
}
