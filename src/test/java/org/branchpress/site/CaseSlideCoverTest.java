package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.branchpress.TestSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case slide shows the case's cover; a case that names no cover shows the first picture of
 * its write-up (a link to another file or a picture from the web is not one); a case with
 * neither shows its text alone.
 */
class CaseSlideCoverTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = new TestSite(dir)
                .settings("""
                        screens:
                          - id: lobby
                            playlist:
                              - cases: {latest: 3}
                        """)
                .file("cases/a-cover.md", """
                        ---
                        title: 有封面的案例
                        date: 2026-10-03
                        cover: media/cover.png
                        ---
                        正文。![正文图](../media/body.png)
                        """)
                .file("cases/b-body.md", """
                        ---
                        title: 正文有图的案例
                        date: 2026-10-02
                        ---
                        先看[附件](../media/plan.pdf)和![网上的图](https://example.org/x.png)。

                        ![第一张图](../media/body.png)

                        ![第二张图](../media/cover.png)
                        """)
                .file("cases/c-none.md", """
                        ---
                        title: 没有图的案例
                        date: 2026-10-01
                        ---
                        只有文字。
                        """)
                .bytes("media/cover.png", ScreenSitePicturesTest.png(800, 600))
                .bytes("media/body.png", ScreenSitePicturesTest.png(640, 480))
                .bytes("media/plan.pdf", "%PDF-1.4\n".getBytes());
        TestSite.Run run = site.build("--today", "2026-11-01");
        assertThat(run.status()).as(run.err()).isZero();
    }

    private static List<Element> caseSlides() {
        return LinkCheck.parse(site.output().resolve("screen/lobby/index.html")).select("section.slide .case");
    }

    @Test
    void aCaseWithACoverShowsItsCover() {
        assertThat(caseSlides().get(0).select(".case-photo img").outerHtml()).contains("cover");
    }

    @Test
    void aCaseWithoutACoverShowsTheFirstPictureOfItsWriteUp() {
        Element slide = caseSlides().get(1);
        assertThat(slide.hasClass("case-with-photo")).isTrue();
        assertThat(slide.select(".case-photo img").outerHtml()).contains("body");
    }

    @Test
    void aCaseWithNoPictureShowsItsTextAlone() {
        Element slide = caseSlides().get(2);
        assertThat(slide.hasClass("case-with-photo")).isFalse();
        assertThat(slide.select(".case-photo")).isEmpty();
    }
}
