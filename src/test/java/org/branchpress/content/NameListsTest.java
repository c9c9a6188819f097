package org.branchpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameListsTest {
    @Test
    void chineseSeparatorsAndSpacesBetweenHanSplitNames() {
        assertThat(NameLists.split("王伟、李强")).containsExactly("王伟", "李强");
        assertThat(NameLists.split("王伟，李强；张敏")).containsExactly("王伟", "李强", "张敏");
        assertThat(NameLists.split("王伟 李强")).containsExactly("王伟", "李强");
        assertThat(NameLists.split("王伟　 李强, 张敏")).containsExactly("王伟", "李强", "张敏");
    }

    @Test
    void latinNamesAndDottedNamesStayWhole() {
        assertThat(NameLists.split("Mary Smith")).containsExactly("Mary Smith");
        assertThat(NameLists.split("买买提·艾力")).containsExactly("买买提·艾力");
        assertThat(NameLists.split("质量复查突击队")).containsExactly("质量复查突击队");
    }

    @Test
    void singleCharactersSpacedLikeAWordTableAreOneName() {
        assertThat(NameLists.split("王　伟")).containsExactly("王伟");
        assertThat(NameLists.split("王 伟、李强")).containsExactly("王伟", "李强");
    }
}
