package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's activities, a tag's and a year's items paginate by page_size, as a section's list does. */
class LongListsTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = new TestSite(dir).settings("page_size: 2\n");
        for (int day = 1; day <= 5; day++) {
            site.file("activities/a" + day + ".md", "---\ntitle: 第" + day + "次党小组会\ndate: 2024-03-0" + day
                    + "\ntype: 党小组会\nattendees: [王伟, 李强]\ntags: [党员教育]\n---\n");
        }
        assertThat(site.build().status()).isZero();
    }

    @Test
    void activitiesAreSplitNewestFirstWithTheTotalOnEveryPage() {
        assertThat(site.read("people/wang-wei/index.html")).contains("第5次党小组会").contains("第4次党小组会")
                .doesNotContain("第3次党小组会").contains("（5）").contains("href=\"../../people/wang-wei/index-2.html\"");
        assertThat(site.read("people/wang-wei/index-3.html")).contains("第1次党小组会").contains("（5）")
                .contains("王伟（第 3 页，共 3 页）").contains("href=\"../../people/wang-wei/index-2.html\"");
        assertThat(site.exists("people/wang-wei/index-4.html")).isFalse();
    }

    @Test
    void tagAndYearListsAreSplitToo() {
        assertThat(site.read("tags/dang-yuan-jiao-yu/index-3.html")).contains("第1次党小组会")
                .contains("标签：党员教育（第 3 页，共 3 页）");
        assertThat(site.read("archive/2024/index-2.html")).contains("第3次党小组会").doesNotContain("第5次党小组会");
        assertThat(site.exists("tags/dang-yuan-jiao-yu/index-4.html")).isFalse();
    }
}
