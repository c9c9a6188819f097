package org.branchpress.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.branchpress.problem.Problem;
import org.branchpress.problem.Problems;
import org.junit.jupiter.api.Test;

class SafeYamlTest {
    private final Problems problems = new Problems();

    private List<Problem> parse(String yaml) {
        YamlMap map = SafeYaml.parseMapping(yaml, "content/x.md", 2, problems);
        if (map != null) {
            map.rejectUnknown(List.of("title", "date", "tags"), "front matter ");
            map.date("date");
            map.textList("tags");
        }
        return problems.sorted();
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
}
