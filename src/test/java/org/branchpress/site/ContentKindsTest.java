package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.branchpress.TestSite;
import org.branchpress.render.Labels;
import org.branchpress.settings.Language;
import org.branchpress.source.ContentKind;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content kind is described once, by its {@link ContentKind} value; these tests hold the
 * exact set of places a new kind needs (ContentKind's comment lists them) and check that
 * everything else reads the descriptor: the search index and the search page, the section
 * lists, feeds and badges, the item pages. search.js names no kind at all.
 */
class ContentKindsTest {
    /** People are searched too; their letter must not clash with a content kind's. */
    private static final char PERSON = 'p';

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = new TestSite(dir).settings("")
                .file("cases/c.md", "---\ntitle: 案例一篇\ndate: 2024-03-01\n---\n正文。\n")
                .file("honors/h.md", "---\ntitle: 光荣榜一期\ndate: 2024-03-02\nkind: 党员之星\nentries: [{name: 王伟}]\n---\n")
                .file("activities/a.md", "---\ntitle: 活动一次\ndate: 2024-03-03\ntype: 党课\n---\n纪要。\n")
                .file("pages/about.md", "---\ntitle: 支部简介\n---\n简介。\n")
                .file("notices/n.md", "---\ntitle: 通知一则\nshow_from: 2024-03-04\nshow_until: 2024-06-30\nportal: true\n---\n请按时参加。\n");
        TestSite.Run run = site.build("--today", "2024-06-01");
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void eachKindHasItsOwnFolderTemplateAndSearchLetter() {
        Set<String> folders = new HashSet<>();
        Set<String> templates = new HashSet<>();
        Set<Character> letters = new HashSet<>(Set.of(PERSON));
        for (ContentKind kind : ContentKind.values()) {
            assertThat(folders.add(kind.folder())).as(kind + " folder").isTrue();
            assertThat(templates.add(kind.template())).as(kind + " template").isTrue();
            assertThat(letters.add(kind.searchCode())).as(kind + " search letter").isTrue();
            assertThat(Path.of("templates", kind.template() + ".ftlh")).as(kind + " page template").isRegularFile();
            assertThat(ContentKind.ofFolder(kind.folder())).contains(kind);
        }
    }

    @Test
    void eachKindHasItsWordsInBothScripts() {
        for (Language language : Language.values()) {
            Labels labels = new Labels(language);
            for (ContentKind kind : ContentKind.values()) {
                assertThat(labels.words()).as(language + " " + kind).containsKey(kind.labelKey());
                if (kind.dated()) {
                    assertThat(labels.words()).as(language + " section of " + kind).containsKey(kind.folder());
                }
            }
        }
    }

    @Test
    void theSearchScriptAndPageNameNoKind() throws IOException {
        String script = Files.readString(Path.of("templates/assets/search.js"));
        String page = Files.readString(Path.of("templates/search.ftlh"));
        assertThat(script).doesNotContain("data-kind-");
        for (char letter : letters()) {
            // a quoted letter or an object key of a value; createElement('p') makes a paragraph,
            // c >= 'a' tests a character range and BP_SEARCH.p is the callback of a postings
            // shard: none of them is a kind
            assertThat(Pattern.compile("(?<!createElement\\()(?<![<>]= )['\"]" + letter + "['\"]|[{,]\\s*" + letter
                    + "\\s*:(?!\\s*function)")
                    .matcher(script).find())
                    .as("search.js names the kind letter " + letter).isFalse();
            assertThat(page).as("search.ftlh names the kind letter " + letter).doesNotContain("\"" + letter + "\"");
        }
        for (ContentKind kind : ContentKind.values()) {
            assertThat(script).as("search.js names " + kind).doesNotContain("'" + kind.template() + "'");
        }
    }

    @Test
    void theSearchIndexAndFilterCarryEveryKind() {
        String meta = site.read("search/index.js");
        List<Element> options = LinkCheck.parse(site.output().resolve("search/index.html")).select("#kind option[value]")
                .stream().filter(o -> !o.val().isEmpty()).toList();
        Labels labels = new Labels(Language.ZH_CN);
        for (ContentKind kind : ContentKind.values()) {
            assertThat(meta).as(kind + " in the index's kinds").containsPattern("\"kinds\":\"[a-z]*" + kind.searchCode());
            assertThat(options).as(kind + " in the filter").anySatisfy(o -> {
                assertThat(o.val()).isEqualTo(String.valueOf(kind.searchCode()));
                assertThat(o.attr("data-badge")).isEqualTo(kind.template());
                assertThat(o.text()).isEqualTo(labels.get(kind.labelKey()));
            });
        }
        assertThat(options).extracting(Element::val).doesNotHaveDuplicates().contains(String.valueOf(PERSON));
    }

    @Test
    void everyDatedKindHasItsSectionFeedAndBadgeAndEveryKindItsPages() {
        Labels labels = new Labels(Language.ZH_CN);
        for (ContentKind kind : ContentKind.values()) {
            String folder = site.content().resolve(kind.folder()).toString();
            String slug = Arrays.stream(new java.io.File(folder).list()).findFirst().orElseThrow().replace(".md", "");
            assertThat(site.read(kind.folder() + "/" + slug + "/index.html")).as(kind + " page").contains("<main");
            if (kind.dated()) {
                Element list = LinkCheck.parse(site.output().resolve(kind.folder() + "/index.html")).body();
                assertThat(list.select(".badge-" + kind.template()).text()).as(kind + " badge")
                        .contains(labels.get(kind.labelKey()));
                assertThat(site.read(kind.folder() + "/feed.xml")).as(kind + " feed").contains("<entry>");
                assertThat(site.read("index.html")).as(kind + " in the menu")
                        .contains("href=\"" + kind.folder() + "/index.html\"");
            } else {
                assertThat(site.exists(kind.folder() + "/index.html")).as(kind + " has no section list").isFalse();
            }
        }
    }

    private static Set<Character> letters() {
        Set<Character> letters = new HashSet<>(Set.of(PERSON));
        Arrays.stream(ContentKind.values()).forEach(k -> letters.add(k.searchCode()));
        return letters;
    }
}
