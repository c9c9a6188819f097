package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.branchpress.JsTools;
import org.branchpress.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TV players run browsers as old as Chromium 30 for years. Every script the screen pages use
 * (their own inline scripts, the scripts and build-id.js they load) must parse as ECMAScript 5
 * (acorn, run by node) and use none of fetch, URLSearchParams, Intl and Promise; the style sheet
 * they link uses no grid, no custom properties, no flex gap, no endless animation, and every
 * unprefixed flexbox declaration has its -webkit- twin in the same rule.
 *
 * <p>acorn is the version pinned in {@code src/test/js/package-lock.json} ({@link JsTools}), never
 * whatever npm serves on the day.
 */
class ScreenAssetsTest {
    private static final Path JS_TOOLS = Path.of("target", "js-tools").toAbsolutePath();
    private static final Set<String> MISSING_ON_OLD_PLAYERS = Set.of("fetch", "URLSearchParams", "Intl", "Promise");

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void buildSampleSite() {
        site = tmp.resolve("site");
        TestSite.Run run = TestSite.run("build", "--content", Path.of("content").toString(), "--output",
                site.toString(), "--templates", tmp.resolve("no-templates").toString(), "--today", "2026-11-22");
        assertThat(run.status()).as("build of content/: " + run.err()).isZero();
    }

    // ------------------------------------------------------------------ scripts

    @Test
    void everyScriptOfTheScreenPagesIsEs5WithoutModernGlobals() throws Exception {
        Map<String, String> scripts = screenScripts();
        assertThat(scripts.keySet()).as("scripts of the screen pages")
                .contains("assets/screen.js", "build-id.js")
                .anyMatch(name -> name.startsWith("inline script"));
        assertThat(es5Problems(scripts)).as("scripts that old players cannot run").isEmpty();
    }

    @Test
    void theScriptCheckCatchesModernSyntaxAndGlobals() throws Exception {
        List<String> problems = es5Problems(Map.of(
                "arrow.js", "var f = () => 1;",
                "let.js", "let x = 1;",
                "fetch.js", "fetch('build-id.js');",
                "promise.js", "var p = window.Promise;",
                "intl.js", "var d = new Intl.DateTimeFormat('zh-CN');",
                "params.js", "var q = window['URLSearchParams'];",
                "fine.js", "/* fetch and Promise in a comment are fine */ var ok = 'fetch it';"));
        assertThat(String.join("\n", problems))
                .contains("arrow.js", "let.js", "fetch.js: 1:1 uses fetch", "promise.js: 1:16 uses Promise",
                        "intl.js: 1:13 uses Intl", "params.js: 1:16 uses URLSearchParams")
                .doesNotContain("fine.js");
    }

    /** Every script the screen pages run, by name: files they load and their inline scripts. */
    private static Map<String, String> screenScripts() throws IOException {
        Map<String, String> scripts = new LinkedHashMap<>();
        for (Path page : screenPages()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8", page.toUri().toString());
            int n = 0;
            for (Element script : doc.select("script")) {
                n++;
                if (script.hasAttr("src")) {
                    Path file = Path.of(java.net.URI.create(script.absUrl("src")));
                    assertThat(file).as("script of " + page).exists();
                    scripts.put(site.relativize(file).toString().replace('\\', '/'), Files.readString(file));
                } else if (!scripts.containsValue(script.data())) {
                    scripts.put("inline script " + n + " of " + site.relativize(page), script.data());
                }
            }
        }
        return scripts;
    }

    /** The pages a player shows: not the officer's preview wall (screen/preview.html), a portal page. */
    private static List<Path> screenPages() throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("screen"))) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !p.equals(site.resolve("screen/preview.html"))).sorted().toList();
            assertThat(pages).as("screen pages").isNotEmpty();
            return pages;
        }
    }

    /** Parses each script with acorn (ecmaVersion 5) and lists syntax errors and banned globals. */
    private static List<String> es5Problems(Map<String, String> scripts) throws Exception {
        Path acorn = acorn();
        Path work = Files.createTempDirectory(tmp, "scripts");
        List<String> args = new ArrayList<>(List.of("node", JS_TOOLS.resolve("check-es5.js").toString(),
                acorn.toString()));
        int i = 0;
        for (Map.Entry<String, String> script : scripts.entrySet()) {
            Path file = work.resolve((i++) + ".js");
            Files.writeString(file, script.getValue());
            args.add(script.getKey());
            args.add(file.toString());
        }
        Files.createDirectories(JS_TOOLS);
        Files.writeString(JS_TOOLS.resolve("check-es5.js"), CHECKER);
        Run run = run(args, 60);
        if (run.status() != 0) {
            fail("node " + CHECKER_NAME + " failed (" + run.status() + "):\n" + run.output());
        }
        return run.output().lines().filter(l -> !l.isBlank()).toList();
    }

    private static final String CHECKER_NAME = "target/js-tools/check-es5.js";
    /** argv: acorn's folder, then pairs of name and file. Prints one problem a line. */
    private static final String CHECKER = """
            'use strict';
            const acorn = require(process.argv[2]);
            const fs = require('fs');
            const banned = new Set(%s);
            const args = process.argv.slice(3);
            for (let a = 0; a < args.length; a += 2) {
              const name = args[a];
              const code = fs.readFileSync(args[a + 1], 'utf8');
              let ast;
              try {
                ast = acorn.parse(code, {ecmaVersion: 5, sourceType: 'script', locations: true});
              } catch (e) {
                console.log(name + ': not ECMAScript 5: ' + e.message);
                continue;
              }
              const walk = node => {
                if (!node || typeof node.type !== 'string') return;
                const word = node.type === 'Identifier' ? node.name
                    : node.type === 'Literal' && typeof node.value === 'string' ? node.value : null;
                if (word !== null && banned.has(word)) {
                  console.log(name + ': ' + node.loc.start.line + ':' + (node.loc.start.column + 1) + ' uses ' + word);
                }
                for (const key of Object.keys(node)) {
                  const value = node[key];
                  if (Array.isArray(value)) value.forEach(walk);
                  else if (value && typeof value.type === 'string') walk(value);
                }
              };
              walk(ast);
            }
            """.formatted(MISSING_ON_OLD_PLAYERS.stream().sorted().map(w -> "'" + w + "'").toList());

    /** acorn's folder in src/test/js/node_modules, as locked there (JsTools runs npm ci when needed). */
    private static Path acorn() {
        return JsTools.file("acorn/package.json").toAbsolutePath().getParent();
    }

    private record Run(int status, String output) {
    }

    private static Run run(List<String> command, int seconds) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + command.get(0) + " (install node and npm: "
                    + "apt-get install nodejs npm): " + e.getMessage(), e);
        }
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not end within " + seconds + " s");
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ style sheets

    @Test
    void theStyleSheetOfTheScreenPagesSuitsOldPlayers() throws IOException {
        Set<Path> sheets = new LinkedHashSet<>();
        for (Path page : screenPages()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8", page.toUri().toString());
            for (Element link : doc.select("link[rel=stylesheet]")) {
                sheets.add(Path.of(java.net.URI.create(link.absUrl("href"))));
            }
            assertThat(doc.select("style")).as("inline style sheets of " + page).isEmpty();
        }
        assertThat(sheets).as("style sheets of the screen pages").containsExactly(site.resolve("assets/screen.css"));
        List<String> problems = new ArrayList<>();
        for (Path sheet : sheets) {
            problems.addAll(cssProblems(site.relativize(sheet).toString(), Files.readString(sheet)));
        }
        assertThat(problems).as("what old players cannot show").isEmpty();
    }

    @Test
    void theStyleSheetCheckCatchesEachKindOfProblem() {
        String css = """
                /* display: grid in a comment is fine */
                .a { display: grid; }
                .b { grid-template-columns: 1fr 1fr; }
                .c { color: var(--red); }
                :root { --red: #c00; }
                .d { gap: 2vmin; }
                .e { animation: spin 1s linear infinite; }
                .f { -webkit-animation-iteration-count: infinite; }
                .g { display: flex; }
                .h { display: -webkit-flex; display: flex; flex-direction: column; align-items: center; }
                .i { -webkit-flex: 1; flex: 1; justify-content: center; }
                @media (min-width: 1px) { .j { display: -webkit-box; display: flex; } }
                .ok { display: -webkit-box; display: -webkit-flex; display: flex;
                  -webkit-flex-direction: column; flex-direction: column; -webkit-flex: 1; flex: 1 }
                """;
        assertThat(String.join("\n", cssProblems("test.css", css)))
                .contains("test.css .a: display: grid", "test.css .b: grid-template-columns",
                        "test.css .c: custom property in color: var(--red)", "test.css :root: custom property --red",
                        "test.css .d: gap", "test.css .e: endless animation", "test.css .f: endless animation",
                        "test.css .g: display: flex without display: -webkit-flex",
                        "test.css .h: flex-direction without -webkit-flex-direction",
                        "test.css .h: align-items without -webkit-align-items",
                        "test.css .i: justify-content without -webkit-justify-content",
                        "test.css .j: display: flex without display: -webkit-flex")
                .doesNotContain("in a comment", "test.css .ok")
                .doesNotContain("test.css .i: flex without");
    }

    /** Flexbox properties whose unprefixed form needs a -webkit- twin in the same rule. */
    private static final List<String> NEED_WEBKIT = List.of("flex-direction", "align-items", "justify-content", "flex");
    private static final Pattern RULE = Pattern.compile("([^{}]*)\\{([^{}]*)}");

    /** One line a problem: "sheet selector: what". */
    static List<String> cssProblems(String sheet, String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", " ");
        // Innermost blocks are the rules with declarations; @media and @keyframes only wrap them.
        List<String> problems = new ArrayList<>();
        Matcher rule = RULE.matcher(text);
        while (rule.find()) {
            String selector = rule.group(1).trim().replaceAll("\\s+", " ");
            String where = sheet + " " + selector + ": ";
            Map<String, List<String>> declarations = new LinkedHashMap<>();
            for (String declaration : rule.group(2).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String property = declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = declaration.substring(colon + 1).trim().toLowerCase(Locale.ROOT)
                        .replaceAll("\\s*!important$", "");
                declarations.computeIfAbsent(property, k -> new ArrayList<>()).add(value);
                String bare = property.replaceFirst("^-webkit-", "");
                if (property.equals("display") && value.matches("(inline-)?grid")) {
                    problems.add(where + "display: " + value);
                }
                if (bare.startsWith("grid")) {
                    problems.add(where + property);
                }
                if (property.startsWith("--")) {
                    problems.add(where + "custom property " + property);
                }
                if (value.contains("var(--")) {
                    problems.add(where + "custom property in " + property + ": " + value);
                }
                if (bare.equals("gap") || bare.equals("row-gap") || bare.equals("column-gap")) {
                    problems.add(where + property);
                }
                if ((bare.equals("animation") || bare.equals("animation-iteration-count"))
                        && value.matches(".*\\binfinite\\b.*")) {
                    problems.add(where + "endless animation (" + property + ": " + value + ")");
                }
            }
            List<String> display = declarations.getOrDefault("display", List.of());
            for (String flex : List.of("flex", "inline-flex")) {
                if (display.contains(flex) && !display.contains("-webkit-" + flex)) {
                    problems.add(where + "display: " + flex + " without display: -webkit-" + flex);
                }
            }
            for (String property : NEED_WEBKIT) {
                if (declarations.containsKey(property) && !declarations.containsKey("-webkit-" + property)) {
                    problems.add(where + property + " without -webkit-" + property);
                }
            }
        }
        return problems;
    }
}
