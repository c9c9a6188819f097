package org.branchpress.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchpress.lint.LintRun.FRONT;
import static org.branchpress.lint.LintRun.lines;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutlineSequenceTest {
    private static final String FILE = "content/cases/a.md";

    @TempDir
    Path dir;

    private TestSite.Run check(String body) {
        return new TestSite(dir).settings("").file("cases/a.md", FRONT + body).check();
    }

    @Test
    void repeatedSecondLevelNumberInHeadings() {
        TestSite.Run run = check("""
                ## 一、背景

                ### （一）日常教育

                ### （一）专题教育
                """);
        assertThat(run.status()).isZero();
        assertThat(lines(run, FILE)).containsExactly("content/cases/a.md:9:5: warning: 大纲编号重复："
                + "（一）后面应是（二），这里又写了（一）；请改为（二），并顺次检查后面的编号。");
    }

    @Test
    void gapsAndWrongStartsAtEveryLevel() {
        assertThat(lines(check("""
                一、背景

                三、做法

                （二）日常教育

                1、学习
                2、讨论
                2、总结
                """), FILE)).containsExactly(
                "content/cases/a.md:7:1: warning: 大纲编号不连续：“一、”后面应是“二、”，这里写的是“三、”；请改为“二、”，或补上缺少的部分。",
                "content/cases/a.md:9:1: warning: 大纲编号不连续：这一级的第一个编号应是（一），这里写的是（二）；"
                        + "请改为（一），或补上前面缺少的部分。",
                "content/cases/a.md:13:1: warning: 大纲编号重复：“2、”后面应是“3、”，这里又写了“2、”；请改为“3、”，并顺次检查后面的编号。");
    }

    @Test
    void quietWhenLevelsRestartUnderTheirParents() {
        assertThat(lines(check("""
                ## 一、背景
                ### （一）甲
                1. 第一
                2. 第二
                ### （二）乙
                1. 第一
                ## 二、做法
                ### (一)丙
                **1、要点**
                **2、要点**
                ## 三、成效
                ## 四、探讨
                ## 五、五
                ## 六、六
                ## 七、七
                ## 八、八
                ## 九、九
                ## 十、十
                ## 十一、十一
                ## 十二、十二
                """), FILE, "大纲")).isEmpty();
    }

    @Test
    void quietOnOrderedListsNumberedByThePageAndOnCode() {
        assertThat(lines(check("""
                一、步骤

                1. 签到
                1. 学习
                1. 讨论

                ```
                一、代码里的编号
                一、不算
                ```

                二、总结
                """), FILE, "大纲")).isEmpty();
    }

    @Test
    void numbersInsideTextAreNotOutlineNumbers() {
        assertThat(lines(check("""
                1.5 万人参加。
                2025.3 开会。
                我们分为一、二两组。
                """), FILE, "大纲")).isEmpty();
    }

    /**
     * Seed 000 (人民网, 中國航天科工二院二部一室黨支部) numbers its second part (一)(一)(三)(四)(五):
     * the second (一) should be (二). Written as Markdown headings, that one place is reported.
     */
    @Test
    void theSeedsRepeatedSecondLevelNumberIsReported() {
        TestSite.Run run = new TestSite(dir).settings("").file("cases/seed.md", FRONT + """
                ## 一、背景和起因

                中國航天科工二院二部一室黨支部成立於1990年，承擔著我國空天防御領域多個重大在研型號的研制工作。

                ## 二、主要做法

                ### (一)全面規范日常教育，筑牢黨員黨性修養根基。

                黨支部要做好黨員教育，首先要從日常教育做起。

                ### (一)深化落實專題教育，引導黨員增強自我革命勇氣。

                黨支部要做好黨員教育，特別要重視專題教育落實。

                ### (三)創新開展特色教育，推動黨員提高理論聯系實際能力。

                ### (四)靈活應用信息化教育，拓展黨員教育時空領域。

                ### (五)積極推動實踐教育，培養黨員知行合一作風。

                ## 三、取得的成效

                ### (一)立根鑄魂提升引領力，鍛造了“一流政治素質”。

                ### (二)攻堅克難提升戰斗力，創造了“一流工作業績”。

                ### (三)守正創新提升凝聚力，營造了“一流文化氛圍”。

                ## 四、探討

                ### (一)黨員教育重在緊抓不放。

                ### (二)黨員教育要在真抓實干。

                ### (三)黨員教育貴在常抓不懈。
                """).check();
        assertThat(run.status()).isZero();
        assertThat(lines(run, "content/cases/seed.md", "大纲")).containsExactly(
                "content/cases/seed.md:15:5: warning: 大纲编号重复：（一）后面应是（二），这里又写了（一）；"
                        + "请改为（二），并顺次检查后面的编号。");
        assertThat(lines(run, "content/cases/seed.md", "简繁")).as("wholly traditional is not mixed").isEmpty();
    }
}
