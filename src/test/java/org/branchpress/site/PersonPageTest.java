package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's page shows their photo from an honor roll, and their honors as cards that say what each was for. */
class PersonPageTest {
    @TempDir
    Path dir;

    @Test
    void thePhotoOfTheirOwnNewestEntryAndHonorsAsCards() {
        TestSite site = new TestSite(dir).settings("")
                .file("honors/2025-star.md", """
                        ---
                        title: 2025年度“党员之星”
                        date: 2025-12-30
                        kind: 党员之星
                        entries:
                          - name: 王伟
                            photo: media/wang-2025.png
                            citation: 带领攻关。
                          - name: 质量复查突击队
                            members: [王伟, 李强]
                            photo: media/team.png
                            citation: 复查到位。
                        ---
                        """)
                .file("honors/2024-star.md", """
                        ---
                        title: 2024年度“党员之星”
                        date: 2024-12-30
                        kind: 党员之星
                        entries:
                          - {name: 王伟, photo: media/wang-2024.png}
                        ---
                        """)
                .bytes("media/wang-2025.png", ScreenSiteTest.pngBytes())
                .bytes("media/wang-2024.png", ScreenSiteTest.pngBytes())
                .bytes("media/team.png", ScreenSiteTest.pngBytes());
        assertThat(site.build("--today", "2026-01-10").status()).isZero();
        Document wang = LinkCheck.parse(site.output().resolve("people/wang-wei/index.html"));
        assertThat(wang.select(".person-portrait img").attr("src")).isEqualTo("../../media/wang-2025.png");
        assertThat(wang.select(".person-honor")).hasSize(3);
        assertThat(wang.select(".person-honor .badge").eachText()).containsOnly("党员之星");
        assertThat(wang.select(".person-honor .fact").eachText()).containsExactly("所在团队：质量复查突击队");
        // a team's photo is not the member's: 李强 keeps the generated portrait
        Document li = LinkCheck.parse(site.output().resolve("people/li-qiang/index.html"));
        assertThat(li.select(".person-portrait img")).isEmpty();
        assertThat(li.select(".person-portrait svg")).hasSize(1);
    }
}
