package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.branchpress.TestSite;
import org.branchpress.render.Labels;
import org.branchpress.settings.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A traditional-script site (zh-TW) shows no simplified word where a traditional form exists:
 * every word the pages print comes from Labels, never from a literal in the code.
 */
class TraditionalSiteTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        StringBuilder entries = new StringBuilder();
        for (String name : List.of("王偉", "李娜", "張敏", "劉洋", "陳靜", "楊帆", "趙磊")) {
            entries.append("  - name: ").append(name).append('\n');
        }
        entries.append("  - name: 青年突擊隊\n    members: [王偉, 李娜]\n");
        site = new TestSite(dir).file("site.yaml", "title: 測試支部\nsubtitle: 副標題\nlanguage: zh-TW\n")
                .file("cases/c.md", "---\ntitle: 黨建引領\ndate: 2024-03-01\n---\n全體黨員認真學習。\n")
                .file("honors/h.md", "---\ntitle: 黨員之星\ndate: 2024-03-02\nkind: 黨員之星\nentries:\n"
                        + entries + "---\n")
                .file("activities/a.md", "---\ntitle: 專題黨課\ndate: 2024-03-03\ntype: 党课\n"
                        + "attendees: [王偉, 李娜]\nabsent: [張敏]\n---\n紀要。\n")
                .file("pages/about.md", "---\ntitle: 支部簡介\n---\n簡介。\n");
        TestSite.Run run = site.build("--today", "2024-06-01");
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void noPageShowsASimplifiedLabelWhoseTraditionalFormDiffers() throws IOException {
        List<String> simplified = simplifiedOnly();
        assertThat(simplified).contains("项", "统计", "活动", "楼宇电视");
        for (Path page : pages()) {
            String text = Files.readString(page);
            for (String word : simplified) {
                assertThat(text).as(site.output().relativize(page) + " shows the simplified “" + word + "”")
                        .doesNotContain(word);
            }
        }
    }

    @Test
    void theWordsOnceWrittenInTheCodeAreTraditional() {
        assertThat(site.read("honors/index.html")).contains("等 8 項");
        assertThat(site.read("stats/index.html")).contains("年各月活動次數（共 1 次），按類型分色；具體數字見下表。");
        assertThat(site.read("screen/index.html")).contains("<title>樓宇電視");
    }

    /** Each simplified label (and each part of one between %d) that traditional writes otherwise. */
    private static List<String> simplifiedOnly() {
        Map<String, String> cn = new Labels(Language.ZH_CN).words();
        Map<String, String> tw = new Labels(Language.ZH_TW).words();
        List<String> words = new ArrayList<>();
        cn.forEach((key, word) -> {
            if (!word.equals(tw.get(key))) {
                for (String part : word.split("%d")) {
                    if (!part.isBlank() && !tw.get(key).contains(part)) {
                        words.add(part.strip());
                    }
                }
            }
        });
        return words;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site.output())) {
            return walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".xml")).toList();
        }
    }
}
