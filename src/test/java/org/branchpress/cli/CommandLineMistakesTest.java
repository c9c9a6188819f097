package org.branchpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every mistake on the command line: a Chinese sentence saying what is wrong and how to write
 * it, then where the usage is, and exit status 2. None of picocli's English reaches the user.
 */
class CommandLineMistakesTest {
    /** Words of picocli's own messages (and of a Java exception) that must never be shown. */
    private static final String PICOCLI_ENGLISH =
            "(?s).*\\b(Unknown|Unmatched|Missing|Invalid|Usage|Expected|Error|Did you mean|should be specified"
                    + "|mutually exclusive|cannot convert|is not an int|expected one of|Exception)\\b.*";

    @TempDir
    Path dir;

    private static TestSite.Run mistake(String hint, String... args) {
        TestSite.Run run = TestSite.run(args);
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("错误：").endsWith("运行 " + hint + " --help 查看用法。\n")
                .doesNotMatch(PICOCLI_ENGLISH).doesNotContain("\tat ");
        return run;
    }

    @Test
    void aMisspelledCommandIsGuessedAndTheCommandsAreListed() {
        TestSite.Run run = mistake("branchpress", "bulid");
        assertThat(run.err()).startsWith("错误：没有“bulid”这个命令。是不是 build？\n命令：\n")
                .contains("\n  check ").contains("\n  import ").contains("\n  serve ");
    }

    @Test
    void anUnknownCommandWithNothingCloseIsListedWithoutAGuess() {
        assertThat(mistake("branchpress", "poster").err()).startsWith("错误：没有“poster”这个命令。\n命令：\n")
                .doesNotContain("是不是");
    }

    @Test
    void helpForAMisspelledCommandIsTheSameMistake() {
        assertThat(mistake("branchpress", "help", "chek").err()).startsWith("错误：没有“chek”这个命令。是不是 check？\n");
    }

    @Test
    void anUnknownOptionIsNamedWithTheNearestOne() {
        assertThat(mistake("branchpress build", "build", "--otput", "x").err())
                .isEqualTo("错误：没有“--otput”这个选项。是不是 --output？\n运行 branchpress build --help 查看用法。\n");
        assertThat(mistake("branchpress check", "check", "--format=json", "--contnet=c").err())
                .startsWith("错误：没有“--contnet”这个选项。是不是 --content？\n");
    }

    @Test
    void aFileMissingAfterImportIsAskedFor() {
        assertThat(mistake("branchpress import", "import", "--force").err())
                .startsWith("错误：import 缺少参数：FILE（要导入的文件，可以一次写多个）。写法：branchpress import FILE... [选项]\n");
    }

    @Test
    void everyParameterMissingAfterNewIsNamed() {
        assertThat(mistake("branchpress new", "new").err()).startsWith(
                "错误：new 缺少参数：case|honor|activity（要新建的内容类型）、TITLE（标题，例如 “走进英雄营”主题党日）。");
        assertThat(mistake("branchpress new", "new", "case").err()).startsWith("错误：new 缺少参数：TITLE（");
    }

    @Test
    void aWrongKindForNewListsTheKinds() {
        assertThat(mistake("branchpress new", "new", "poster", "标题").err())
                .startsWith("错误：类型“poster”不对：只能是 case（典型案例）、honor（光荣榜）或 activity（活动记录）。\n");
    }

    @Test
    void aTitleWithASpaceWithoutQuotesIsExplained() {
        assertThat(mistake("branchpress new", "new", "case", "走进", "英雄营").err())
                .startsWith("错误：多写了“英雄营”：new 命令只要 case|honor|activity 和 TITLE。")
                .contains("请用引号把它括起来");
    }

    @Test
    void aWordAfterACommandThatTakesNoneIsExplained() {
        assertThat(mistake("branchpress build", "build", "content").err())
                .startsWith("错误：多写了“content”：build 命令后面不用写参数，只写选项（以 -- 开头的那些）。\n");
    }

    @Test
    void aDayThatDoesNotExistIsShownHowToWrite() {
        assertThat(mistake("branchpress build", "build", "--today", "2024-13-01").err()).isEqualTo(
                "错误：--today 后面的日期“2024-13-01”不对：请写成 YYYY-MM-DD，例如 2024-03-01。\n运行 branchpress build --help 查看用法。\n");
        assertThat(mistake("branchpress check", "check", "--today=2024/3/1").err())
                .startsWith("错误：--today 后面的日期“2024/3/1”不对：");
    }

    @Test
    void aPortOutOfRangeIsRefusedBeforeAnythingIsBuilt() {
        TestSite site = new TestSite(dir).settings("");
        for (String port : new String[] {"70000", "abc", "-1"}) {
            TestSite.Run run = mistake("branchpress serve", "serve", "--content", site.content().toString(),
                    "--output", site.output().toString(), "--port", port);
            assertThat(run.err()).as(port).startsWith("错误：--port 后面的端口“" + port
                    + "”不对：端口必须是 1 到 65535 之间的整数").doesNotContain("内部错误");
            assertThat(site.output()).as(port).doesNotExist();
        }
    }

    @Test
    void anOptionGivenTwiceIsNamed() {
        assertThat(mistake("branchpress build", "build", "--output", "a", "--output", "b").err())
                .startsWith("错误：--output 只能写一次，这里写了不止一次：请删掉多余的那个。\n");
    }

    @Test
    void aValueMissingAfterAnOptionIsAskedForWithAnExample() {
        String expected = "错误：--content 后面缺少值（DIR）：请写成 --content content。\n";
        assertThat(mistake("branchpress build", "build", "--content").err()).startsWith(expected);
        assertThat(mistake("branchpress build", "build", "--content", "--drafts").err()).startsWith(expected);
    }

    @Test
    void aValueOutsideAChoiceListsTheChoices() {
        assertThat(mistake("branchpress check", "check", "--format", "xml").err())
                .startsWith("错误：--format 后面的“xml”不对：只能是 text、json 之一。\n");
    }

    @Test
    void twoOptionsThatExcludeEachOtherAreNamed() {
        assertThat(mistake("branchpress import", "import", "a.docx", "--simplified", "--traditional").err())
                .startsWith("错误：--simplified 和 --traditional 只能选一个：请删掉其中一个。\n");
    }

    @Test
    void anAddressThatIsNotThisMachinesIsRefusedBeforeAnythingIsBuilt() {
        TestSite site = new TestSite(dir).settings("");
        for (String host : new String[] {"no-such-host.invalid", "192.0.2.1"}) {
            TestSite.Run run = mistake("branchpress serve", "serve", "--content", site.content().toString(),
                    "--output", site.output().toString(), "--port", "0", "--host", host);
            assertThat(run.err()).as(host).startsWith("错误：--host 后面的地址“" + host + "”不是这台电脑的地址：请写 127.0.0.1");
            assertThat(site.output()).as(host).doesNotExist();
        }
    }

    @Test
    void aFolderNameThatCannotBeAPathIsAMistakeToo() {
        assertThat(mistake("branchpress build", "build", "--output", "a\0b").err())
                .startsWith("错误：--output 后面的“a\0b”不对：请写成 DIR。\n");
    }
}
