package org.branchpress.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchpress.lint.LintRun.FRONT;
import static org.branchpress.lint.LintRun.lines;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageAltTest {
    private static final String FILE = "content/cases/a.md";

    @TempDir
    Path dir;

    private TestSite.Run check(String body) {
        return new TestSite(dir).settings("").bytes("media/a.jpg", new byte[] {1, 2, 3})
                .file("cases/a.md", FRONT + body).check();
    }

    @Test
    void markdownImageWithEmptyAlt() {
        TestSite.Run run = check("合影如下：![](../media/a.jpg)\n");
        assertThat(run.status()).isZero();
        assertThat(lines(run, FILE)).containsExactly("content/cases/a.md:5:6: warning: 图片缺少替代文字："
                + "请在 ![ ] 的方括号里写上图片内容的简短说明，如 ![支部党员在军事博物馆合影](media/…)；"
                + "读屏软件会读出它，图片显示不出来时也会显示它。");
    }

    @Test
    void rawImgWithoutANonEmptyAlt() {
        assertThat(lines(check("""
                合影 <img src="../media/a.jpg"> 和 <img alt="" src="../media/a.jpg">

                <p><img src="../media/a.jpg" alt='  '></p>
                """), FILE)).extracting(l -> l.substring(0, l.indexOf(" warning")))
                .containsExactly("content/cases/a.md:5:4:", "content/cases/a.md:5:33:", "content/cases/a.md:7:4:");
    }

    @Test
    void quietWhenEveryImageHasAlt() {
        assertThat(lines(check("""
                ![支部党员合影](../media/a.jpg)

                <img src="../media/a.jpg" alt="合影"> <IMG ALT=合影 SRC="../media/a.jpg">

                `![](代码里的不算)`

                <!-- <img src="注释里的不算"> -->

                <div><!-- <img src="../media/a.jpg"> --><img src="../media/a.jpg" alt="合影"></div>
                """), FILE)).isEmpty();
    }
}
