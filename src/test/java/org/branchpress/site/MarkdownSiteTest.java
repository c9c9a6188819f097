package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.branchpress.photo.PhoneJpeg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Chinese official writing puts in brackets builds, and renders as CommonMark says. */
class MarkdownSiteTest {
    @TempDir
    Path dir;

    @Test
    void bracketsWithoutDefinitionsStayTextAndAngleBracketPathsWithSpacesResolve() {
        TestSite site = new TestSite(dir).settings("")
                .bytes("media/活动 照片.png", PhoneJpeg.picture(200, 150, "png"))
                .file("pages/支部 简介.md", "---\ntitle: 支部简介\n---\n正文。\n")
                .file("cases/brackets.md", """
                        ---
                        title: 方括号
                        date: 2024-05-01
                        ---
                        ## 见[文献][国务院]

                        见文献[1]和[注]。依据京政发[2024]3号和国办发〔2024〕5号文件。

                        ![合影](<../media/活动 照片.png>)

                        详见[支部简介](<../pages/支部 简介.md>)，另见![旧写法](../media/活动%20照片.png)。

                        | 项目 | 数量 | 备注 |
                        | :--- | ---: | :---: |
                        | 党课 | 4 | 全年 |

                        [国务院]: https://www.gov.cn/
                        """);
        TestSite.Run run = site.build("--today", "2024-06-01");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("找不到").doesNotContain("error");
        String page = site.read("cases/brackets/index.html");
        assertThat(page)
                .contains("<h2 id=\"见文献\">见<a href=\"https://www.gov.cn/\">文献</a></h2>")
                .contains("<p>见文献[1]和[注]。依据京政发[2024]3号和国办发〔2024〕5号文件。</p>")
                .contains("<img src=\"../../media/%E6%B4%BB%E5%8A%A8%20%E7%85%A7%E7%89%87.png\" alt=\"合影\"")
                .contains("alt=\"旧写法\"")
                .contains("<th class=\"align-left\">项目</th><th class=\"align-right\">数量</th>"
                        + "<th class=\"align-center\">备注</th>")
                .doesNotContain("href=\"#\"").doesNotContain(" align=");
        assertThat(page).containsPattern("详见<a href=\"\\.\\./\\.\\./pages/[a-z-]+/index\\.html\">支部简介</a>");
        assertThat(LinkCheck.brokenLinks(site.output())).isEmpty();
    }
}
