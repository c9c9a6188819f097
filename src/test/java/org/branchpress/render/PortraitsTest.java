package org.branchpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The generated portrait of a person shows the last two characters of the name; a team's shows
 * the whole name, broken between words, in up to three lines sized to fit the ring.
 */
class PortraitsTest {

    @Test
    void aPersonShowsTheLastTwoCharacters() {
        assertThat(Portraits.of("欧阳明月").initials()).isEqualTo("明月");
        assertThat(Portraits.of("王伟").initials()).isEqualTo("王伟");
        assertThat(Portraits.of("王伟").lines()).isEmpty();
    }

    @Test
    void aTeamShowsItsWholeNameBrokenBetweenWords() {
        assertThat(lines("质量复查突击队")).containsExactly("质量复查", "突击队");
        assertThat(lines("外场试验党员突击队")).containsExactly("外场试验", "党员突击队");
        assertThat(lines("型号攻关组")).containsExactly("型号", "攻关组");
        assertThat(lines("先锋队")).containsExactly("先锋队");
        assertThat(lines("第二总体设计部一室青年突击队")).containsExactly("第二总体设", "计部一室", "青年突击队");
        // no team word and long: three even lines, every character kept
        List<String> long_ = lines("中国航天科工集团第二研究院第二总体设计部");
        assertThat(long_).hasSize(3);
        assertThat(String.join("", long_)).isEqualTo("中国航天科工集团第二研究院第二总体设计部");
    }

    @Test
    void theLongestLineFitsTheRing() {
        for (String team : List.of("质量复查突击队", "外场试验党员突击队", "中国航天科工集团第二研究院第二总体设计部")) {
            Views.Portrait p = Portraits.ofTeam(team);
            int longest = p.lines().stream().mapToInt(l -> l.text().length()).max().orElseThrow();
            assertThat(longest * p.fontSize()).as(team).isLessThanOrEqualTo(84);
            assertThat(p.lines().get(0).y()).as(team + ": lines centred on the ring")
                    .isEqualTo(160 - p.lines().get(p.lines().size() - 1).y());
        }
    }

    private static List<String> lines(String team) {
        return Portraits.ofTeam(team).lines().stream().map(Views.PortraitLine::text).toList();
    }
}
