package org.branchpress.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.branchpress.problem.Problem;
import org.branchpress.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeYamlTest {
    private final Problems problems = new Problems();

    private List<Problem> parse(String yaml) {
        SafeYaml.parseMapping(yaml, "content/x.md", 2, problems).ifPresent(map -> {
            map.rejectUnknown(List.of("title", "date", "tags"), "front matter ");
            map.date("date");
            map.textList("tags");
        });
        return problems.sorted();
    }

    @Test
    void noMappingIsEmptyWithTheReasonReported() {
        assertThat(SafeYaml.parseMapping("- a\n- b\n", "content/x.md", 2, problems)).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(p -> assertThat(p.rule()).isEqualTo("yaml/not-a-mapping"));
    }

    @Test
    void emptyTextIsAnEmptyMappingWithoutProblems() {
        assertThat(SafeYaml.parseMapping("", "content/x.md", 2, problems)).hasValueSatisfying(
                map -> assertThat(map.has("title")).isFalse());
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void unknownKeySuggestsTheClosestKnownOne() {
        assertThat(parse("titel: 标题\n")).singleElement()
                .satisfies(p -> assertThat(p.format()).isEqualTo(
                        "content/x.md:2:1: error: front matter 里没有“titel”这个键：是不是想写“title”？"));
    }

    @Test
    void dateThatIsNoDateNamesTheExpectedForm() {
        assertThat(parse("title: a\ndate: 昨天\n")).singleElement()
                .satisfies(p -> assertThat(p.format()).startsWith("content/x.md:3:7: error: date 的值“昨天”")
                        .contains("2024-03-15"));
    }

    @Test
    void impossibleCalendarDateIsRefused() {
        assertThat(parse("date: 2024-02-30\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("2024-02-30"));
    }

    @Test
    void tabIndentationIsExplained() {
        assertThat(parse("title: a\ntags:\n\t- x\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Tab"));
    }

    @Test
    void javaTagsAreRefused() {
        assertThat(parse("title: !!java.lang.Runtime a\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("YAML 标签"));
    }

    @Test
    void billionLaughsFailsFastAndSmall() {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                y.append(i == 0 ? "" : ",").append('*').append(p);
            }
            y.append("]\n");
        }
        long start = System.nanoTime();
        assertThat(parse(y.toString())).isNotEmpty().first().satisfies(p -> assertThat(p.message()).contains("别名"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void wrongTypeNamesWhatWasExpected() {
        assertThat(parse("tags: {a: 1}\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("tags 应当是一个列表"));
    }

    @Test
    void fullWidthColonIsReportedAtItsOwnLineOnce() {
        assertThat(parse("title: a\ndate：2025-03-15\ntags: [x]\n")).singleElement()
                .satisfies(p -> assertThat(p.format()).isEqualTo("content/x.md:3:5: error: 这一行的冒号是中文全角冒号“：”，"
                        + "请改成英文冒号“:”后面加一个空格，例如 date: 2025-03-15。"));
    }

    @Test
    void fullWidthColonInsideABlockTextIsText() {
        assertThat(parse("title: a\ntags: |\n  note：这是正文\n  PPT：见附件\ndate: 2024-01-01\n")).isEmpty();
    }

    @Test
    void listItemsStartingWithUpperCaseWordsAreText() {
        assertThat(parse("title: a\ntags:\n  - CCTV：报道\n  - PPT:x\n")).isEmpty();
    }

    @Test
    void unclosedBracketPointsAtTheBracket() {
        assertThat(parse("title: a\ntags: [党建, 学习\ndate: 2024-01-01\n")).singleElement()
                .satisfies(p -> assertThat(p.format()).startsWith("content/x.md:3:7: error: 方括号“[”没有配对的“]”"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title: a\ntitle2 x\n", "title: a\ntags: [a, b\n", "title: a\ntags: {a: 1\n",
            "title: %x\n", "title: `x\n", "title: @x\n", "title: *重要*通知\n", "title: *abc\n", "title: !重要\n",
            "title: [喜报]我支部获奖\n", "title: \"他说\"好\"\"\n", "title: \"C:\\data\"\n", "title: - a\n",
            "title: |x\n  a\n", "title: a\n date: b\n", "title: ,a\n", "title: [a]]\n", "title: a\n---\nb: c\n",
            "title: 'a\n", "title: \"a\n", "title: a\n\tdate: b\n", "entries:\n  - name: a\n   unit: b\n",
            "title: > x\n", "title: a\n- b\n", "- a\nb: c\n", "title: [a, {b: ]\n"})
    void everyYamlMistakeIsExplainedInChinese(String yaml) {
        assertThat(parse(yaml)).as(yaml).isNotEmpty().allSatisfy(p -> assertThat(p.message()).as(yaml)
                .containsPattern("\\p{IsHan}")
                .doesNotContainPattern("(?i)but found|while |could not|cannot|not allowed|<stream end>|<block end>|"
                        + "scalar|token|character|alias|document"));
    }
}
