package org.branchpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.branchpress.markdown.BodyStore;
import org.branchpress.markdown.RenderedBody;
import org.branchpress.site.Item;
import org.branchpress.site.SiteModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build holds no file's text and no body's HTML or plain text past stage 4: the site model
 * the pages are rendered from keeps metadata, summaries and headings, and the store keeps the
 * rest on disk. (100,000 files in a 1 GiB heap depend on it: four copies of the texts did not fit.)
 */
class BuildReleasesTextsTest {
    @TempDir
    Path dir;

    /** Only in the bodies (each file's front matter gives the summary), so only a body's texts hold it. */
    private static final String BODY_ONLY = "这一句只在正文里出现";

    private TestSite site() {
        return new TestSite(dir.resolve("site")).settings("")
                .file("cases/a.md", "---\ntitle: 案例甲\ndate: 2024-01-01\nsummary: 摘要甲。\n---\n## 背景\n\n"
                        + BODY_ONLY + "，第一篇。\n\n[乙](b.md)\n")
                .file("cases/b.md", "---\ntitle: 案例乙\ndate: 2024-01-02\nsummary: 摘要乙。\n---\n"
                        + BODY_ONLY + "，第二篇。\n")
                .file("honors/h.md", "---\ntitle: 光荣榜\ndate: 2024-02-01\nkind: 优秀党员\nsummary: 摘要丙。\n"
                        + "entries:\n  - name: 王伟\n    citation: 带头攻关。\n---\n" + BODY_ONLY + "，光荣榜。\n")
                .file("activities/x.md", "---\ntitle: 主题党日\ndate: 2024-03-01\ntype: 主题党日\nsummary: 摘要丁。\n"
                        + "attendees: [王伟, 李娜]\n---\n" + BODY_ONLY + "，活动。\n")
                .file("pages/about.md", "---\ntitle: 支部简介\nsummary: 摘要戊。\n---\n" + BODY_ONLY + "，简介。\n");
    }

    private Pipeline.Options options(TestSite site) {
        return new Pipeline.Options(site.content(), Optional.empty(), site.output(), false, LocalDate.of(2024, 6, 1));
    }

    private static List<Item<?>> items(SiteModel model) {
        List<Item<?>> items = new ArrayList<>();
        items.addAll(model.cases());
        items.addAll(model.honors());
        items.addAll(model.activities());
        items.addAll(model.pages());
        return items;
    }

    @Test
    void noStringReachableFromTheModelOfABuildHoldsABodysText() throws Exception {
        TestSite site = site();
        try (BodyStore store = BodyStore.spilled(dir.resolve("bodies"))) {
            Pipeline.Checked built = new Pipeline(m -> { }).check(options(site), Pipeline.Lint.NONE, store, false);
            assertThat(built.problems()).noneMatch(p -> p.severity().name().equals("ERROR"));
            assertThat(built.documents()).as("a build keeps no register of documents").isEmpty();
            assertThat(stringsHolding(built, BODY_ONLY)).isEmpty();
        }
    }

    @Test
    void theSameWalkFindsTheTextsACheckKeepsInMemory() throws Exception {
        Pipeline.Checked checked = new Pipeline(m -> { }).check(options(site()), Pipeline.Lint.NONE);
        // held texts: each file's text, and each body's HTML and plain text
        assertThat(stringsHolding(checked, BODY_ONLY)).hasSizeGreaterThanOrEqualTo(3 * 5);
    }

    @Test
    void bodiesReadBackFromTheStoreAreTheOnesACheckHolds() {
        TestSite site = site();
        SiteModel held = new Pipeline(m -> { }).check(options(site)).model().orElseThrow();
        try (BodyStore store = BodyStore.spilled(dir.resolve("bodies"))) {
            SiteModel spilled = new Pipeline(m -> { }).check(options(site), Pipeline.Lint.NONE, store, false)
                    .model().orElseThrow();
            List<Item<?>> before = items(held);
            List<Item<?>> after = items(spilled);
            assertThat(after).hasSize(5).extracting(Item::address).isEqualTo(before.stream().map(Item::address).toList());
            for (int i = 0; i < after.size(); i++) {
                RenderedBody b = before.get(i).body();
                RenderedBody a = after.get(i).body();
                assertThat(a.texts()).isNotInstanceOf(RenderedBody.Held.class);
                assertThat(a.html()).contains(BODY_ONLY).isEqualTo(b.html());
                assertThat(a.text()).isEqualTo(b.text());
                assertThat(a.headings()).isEqualTo(b.headings());
                assertThat(a.summary()).isEqualTo(b.summary());
            }
        }
        assertThat(dir.resolve("bodies")).as("the store's file is removed when it closes").doesNotExist();
    }

    @Test
    void readingAReleasedTextIsABugThatFailsRatherThanAnEmptyPage() {
        TestSite site = site();
        try (BodyStore store = BodyStore.spilled(dir.resolve("bodies"))) {
            Item<?> item = new Pipeline(m -> { }).check(options(site), Pipeline.Lint.NONE, store, false)
                    .model().orElseThrow().cases().get(0);
            assertThat(item.document().source().isReleased()).isTrue();
            assertThatThrownBy(() -> item.document().source().text()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("content/cases/");
            assertThatThrownBy(() -> item.document().body().markdown()).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theBuildLeavesNoFileBesideTheSite() throws Exception {
        TestSite site = site();
        assertThat(site.build().status()).isZero();
        assertThat(site.read("cases/a/index.html")).contains(BODY_ONLY + "，第一篇。");
        try (var siblings = Files.list(site.output().getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp-")).toList())
                    .isEmpty();
        }
    }

    /** Every string reachable from {@code root} through our own objects, collections and optionals that holds {@code text}. */
    private static List<String> stringsHolding(Object root, String text) throws IllegalAccessException {
        List<String> found = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o == null || !seen.add(o)) {
                continue;
            }
            if (o instanceof String s) {
                if (s.contains(text)) {
                    found.add(s);
                }
            } else if (o instanceof Collection<?> c) {
                c.forEach(todo::push);
            } else if (o instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    todo.push(k);
                    todo.push(v);
                });
            } else if (o instanceof Optional<?> opt) {
                opt.ifPresent(todo::push);
            } else if (o.getClass().getName().startsWith("org.branchpress.") && !o.getClass().isEnum()) {
                for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                            f.setAccessible(true);
                            todo.push(f.get(o));
                        }
                    }
                }
            }
        }
        return found;
    }
}
