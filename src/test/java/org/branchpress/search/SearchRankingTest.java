package org.branchpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.branchpress.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranking, through the browser's own search.js core run by node over a built index: the test
 * sees exactly what a reader would. Also checks that Java and JavaScript hash tokens alike.
 */
class SearchRankingTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = new TestSite(dir).settings("")
                .file("cases/title.md", "---\ntitle: 党员教育的做法\ndate: 2020-01-01\n---\n支部工作。\n")
                .file("cases/body.md", "---\ntitle: 支部工作总结\ndate: 2024-01-01\n---\n我们重视党员教育。\n")
                .file("cases/older.md", "---\ntitle: 学习体会\ndate: 2021-01-01\n---\n一次学习。\n")
                .file("cases/newer.md", "---\ntitle: 学习体会\ndate: 2023-01-01\n---\n一次学习。\n")
                .file("honors/stars.md", "---\ntitle: 年度榜单\ndate: 2022-01-01\nkind: 党员之星\nentries:\n  - name: 欧阳明\n---\n")
                .file("activities/museum.md", "---\ntitle: 走进英雄营主题党日\ndate: 2024-03-15\ntype: 主题党日\n"
                        + "location: 军事博物馆\n---\n参观。\n")
                .file("cases/gps.md", "---\ntitle: GPS 定位系统 2025 版\ndate: 2025-01-01\n---\n正文。\n");
        assertThat(site.build().status()).isZero();
    }

    /** Titles of the results for each query, best first, as search.js ranks them. */
    static List<String> rank(Path siteDir, String query) throws IOException, InterruptedException {
        return new TestSite(siteDir.getParent()).search(query, "d[0]");
    }

    @Test
    void titleMatchesRankAboveBodyMatches() throws Exception {
        assertThat(rank(site.output(), "党员教育")).startsWith("党员教育的做法", "支部工作总结");
    }

    @Test
    void newerRanksAboveOlderOnTies() throws Exception {
        assertThat(rank(site.output(), "学习体会")).startsWith("学习体会", "学习体会");
        assertThat(Files.readString(site.output().resolve("search/d-0.js"))).contains("2023年1月1日");
        String first = Files.readString(site.output().resolve("search/d-0.js"));
        assertThat(first.indexOf("2023年1月1日")).isLessThan(first.indexOf("2021年1月1日"));
    }

    @Test
    void namesFactsAndTraditionalQueriesFindTheirPages() throws Exception {
        assertThat(rank(site.output(), "欧阳明").get(0)).isEqualTo("欧阳明");
        assertThat(rank(site.output(), "歐陽明").get(0)).isEqualTo("欧阳明");
        assertThat(rank(site.output(), "博物馆").get(0)).isEqualTo("走进英雄营主题党日");
        assertThat(rank(site.output(), "黨員教育").get(0)).isEqualTo("党员教育的做法");
    }

    @Test
    void latinWordsAndNumbersAreFound() throws Exception {
        assertThat(rank(site.output(), "gps").get(0)).isEqualTo("GPS 定位系统 2025 版");
        assertThat(rank(site.output(), "2025").get(0)).isEqualTo("GPS 定位系统 2025 版");
    }

    @Test
    void javaAndJavaScriptPutATokenInTheSameShard() throws Exception {
        String script = "var core = require(require('path').resolve(process.argv[1], 'assets/search.js'));"
                + "['党员','a','2024','主题','歐'].forEach(function (t) { console.log(core.shardOf(t, 97)); });";
        Process node = new ProcessBuilder("node", "-e", script, site.output().toString()).start();
        List<String> js = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(js).containsExactly(String.valueOf(Tokenizer.shard("党员", 97)), String.valueOf(Tokenizer.shard("a", 97)),
                String.valueOf(Tokenizer.shard("2024", 97)), String.valueOf(Tokenizer.shard("主题", 97)),
                String.valueOf(Tokenizer.shard("歐", 97)));
    }

    @Test
    void indexDataCannotBreakOutOfItsScript() throws Exception {
        TestSite evil = new TestSite(dir.resolve("evil")).settings("")
                .file("cases/x.md", "---\ntitle: \"</script><script>alert(1)</script>'\\\"\"\ndate: 2024-01-01\n---\n</script>\n");
        assertThat(evil.build().status()).isZero();
        try (var files = Files.list(evil.output().resolve("search"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                assertThat(Files.readString(f)).doesNotContain("</script").doesNotContain("<script");
            }
        }
        assertThat(rank(evil.output(), "alert")).containsExactly("</script><script>alert(1)</script>'\"");
    }

    @Test
    void eitherScriptFindsTheOtherForTheFormsOpenccJoins() throws Exception {
        TestSite scripts = new TestSite(dir.resolve("scripts")).settings("")
                .file("cases/simple.md", "---\ntitle: 承担着重任\ndate: 2024-01-01\n---\n天气干燥，溪谷里的石头沉没了。\n")
                .file("cases/taiwan.md", "---\ntitle: 顯著成效\ndate: 2024-02-01\n---\n深沈的谿谷，承擔著重任。\n");
        assertThat(scripts.build().status()).isZero();
        assertThat(rank(scripts.output(), "承擔著")).containsExactlyInAnyOrder("承担着重任", "顯著成效");
        assertThat(rank(scripts.output(), "乾燥")).containsExactly("承担着重任");
        assertThat(rank(scripts.output(), "谿谷")).containsExactlyInAnyOrder("承担着重任", "顯著成效");
        assertThat(rank(scripts.output(), "深沉")).containsExactly("顯著成效");
        assertThat(rank(scripts.output(), "显着")).containsExactly("顯著成效");
    }

    /** Both scripts of every pair in OpenCC's cases, through search.js and through the Java tokenizer. */
    @Test
    void javaScriptFoldsEveryOpenccPairAsJavaDoes() throws Exception {
        StringBuilder chars = new StringBuilder();
        ChineseTextFoldingTest.pairs(true).forEach(chars::append);
        chars.append("﹔；ＧＰＳ　");
        TestSite all = new TestSite(dir.resolve("pairs")).settings("")
                .file("cases/chars.md", "---\ntitle: 字表\ndate: 2024-01-01\n---\n" + chars.toString().replaceAll("(.)", "$1 ") + "\n");
        assertThat(all.build().status()).isZero();
        String script = """
                var fs = require('fs'), path = require('path');
                var site = process.argv[1], chars = process.argv[2];
                var core = require(path.resolve(site, 'assets/search.js'));
                new Function('BP_SEARCH', fs.readFileSync(path.join(site, 'search', 't2s.js'), 'utf8'))(core);
                for (var i = 0; i < chars.length; i++) { console.log(core.queryTokens('党' + chars.charAt(i)).join(',')); }
                """;
        Process node = new ProcessBuilder("node", "-e", script, all.output().toString(), chars.toString())
                .redirectErrorStream(true).start();
        List<String> js = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(node.waitFor()).as(String.join("\n", js)).isZero();
        List<String> java = chars.chars().mapToObj(c -> String.join(",", Tokenizer.forQuery("党" + (char) c))).toList();
        assertThat(js).hasSize(chars.length()).isEqualTo(java);
    }
}
