package org.branchpress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * pandoc's own .docx test files (src/test/resources/docx/pandoc/, GPL-2.0-or-later, see the
 * README there): each imports to the exact Markdown below, every word of each is in the
 * Markdown or in a warning naming its place, and the imported cases build.
 */
class DocxPandocTest {
    static final Path PANDOC = Path.of("src", "test", "resources", "docx", "pandoc");

    @TempDir
    Path dir;

    static Draft read(String file) throws Exception {
        return DocxDraft.read(file, Files.readAllBytes(PANDOC.resolve(file)));
    }

    static String markdown(Draft draft) {
        return MarkdownWriter.write(draft, LocalDate.of(2026, 1, 1), "../media/x/", s -> s);
    }

    /** The file's title and its body after the front matter. */
    private static void assertImports(String file, String title, String body) throws Exception {
        Draft draft = read(file);
        String md = markdown(draft);
        assertThat(draft.title()).as(file).isEqualTo(title);
        assertThat(md.substring(md.indexOf("---\n", 4) + 4)).as(file).isEqualTo(body);
    }

    static Stream<String> files() throws IOException {
        try (Stream<Path> files = Files.list(PANDOC)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".docx")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyWordIsInTheMarkdownOrInAWarning(String file) throws Exception {
        Draft draft = read(file);
        assertThat(DocxWords.missing(Files.readAllBytes(PANDOC.resolve(file)), markdown(draft), draft.warnings()))
                .as(file).isEmpty();
    }

    /** Word's numbering (numPr and numbering.xml): numbers that go on after a paragraph, a start of 2, check boxes, numbered headings. */
    @Test
    void listsKeepTheirNumbersTheirNestingAndTheirFurtherParagraphs() throws Exception {
        assertImports("lists.docx", "lists", """

                ### Some nested lists

                1. one
                2. two
                   1. a
                   2. b
                - one
                - two
                  - three
                    - four

                      Sub paragraph

                - Same list
                - Different list adjacent to the one above.
                """);
        assertImports("lists_continuing.docx", "lists_continuing", """

                1. Foo
                2. Bar
                3. Baz

                Interruption.

                4. Bop
                """);
        assertImports("lists_restarting.docx", "lists_restarting", """

                2. Foo
                3. Bar
                4. Baz

                   Interruption

                1. Bop.
                """);
        assertImports("task_list.docx", "task_list", """

                - ☐ Unchecked
                - ☒ Checked
                - with continuation paragraph
                - ☐ Unchecked
                  - ☒ Checked sublist
                    - ☐ Unchecked subsublist
                      1. Numbered child
                """);
        assertImports("enumerated_headings.docx", "enumerated_headings", """

                ## 1 H1

                ### 1.1 H2

                ### 1.1.1 H3

                And some text
                """);
    }

    /** Direct formatting and character styles; a manual line break is a hard break. */
    @Test
    void italicBoldAndLineBreaksComeThrough() throws Exception {
        assertImports("inline_formatting.docx", "inline_formatting", """

                Regular text *italics* **bold *bold italics***.

                This is Small Caps, and this is strikethrough.

                Some people use single underlines for *emphasis*.

                Above the line is superscript and below the line is subscript.

                A line\\
                break.
                """);
        assertImports("char_styles.docx", "char_styles", """

                *This is all in an **italic style**.*

                *This is an italic* style *with some* words *unitalicized.*

                **This is all in a *strong style*.**

                **This is a strong** style **with some** words **ubolded.**
                """);
    }

    /** Links to a bookmark keep their text (and are named in a warning, see below). */
    @Test
    void linksFromHyperlinksAndFromHyperlinkFields() throws Exception {
        assertImports("links.docx", "links", """

                ### An internal link and an external link

                An [external link](http://google.com) to a popular website.

                An [external link](http://pandoc.org/README.html#synopsis) to a website with an anchor.

                An internal link to a section header.

                An internal link to a bookmark.

                ### A section for testing link targets

                A bookmark right here
                """);
        assertImports("instrText_hyperlink.docx", "instrText_hyperlink", """

                希望深入了解的读者可以去看David French Belding和Kevin J. Mitchell的[Foundations of Analysis, 2nd Edition](https://books.google.com/books?id=sp_Zcb9ot90C&lpg=PR4&hl=zh-CN&pg=PA19#v=onepage&q&f=true),可从19页看起，或D.C. Goldrei的 [Classic Set Theory: For Guided Independent Study](https://books.google.ae/books?id=dlc0DwAAQBAJ&lpg=PT29&hl=zh-CN&pg=PT26#v=onepage&q&f=true)，从第二章看起，阅读时要注意本文与这些书所不同的是并没有把实数看作是有理数集的分割。
                """);
    }

    @Test
    void footnotesAndEndnotesBecomeMarkdownFootnotes() throws Exception {
        assertImports("notes.docx", "notes", """

                ### A footnote

                Test footnote.[^1] Test endnote.[^2]

                [^1]: My note.

                [^2]: This is an endnote at the end of the document.
                """);
        assertImports("sdt_in_footnote.docx", "sdt_in_footnote", """

                Lorem ipsum dolor sit amet.[^1]

                [^1]: Vgl. *Bitzios* u. a.: Dissonance in the food traceability regulatory environment and food fraud, in: Dries u. a. (Hrsg.): It’s a jungle out there - the strange animals of economic organization in agri-food value chains, Wageningen im Druck, hier S. 100-105.
                """);
    }

    @Test
    void textInContentControlsIsKept() throws Exception {
        assertImports("sdt_elements.docx", "sdt_elements", """

                | **col1Header** | **col2Header** | **col3Header** |
                | --- | --- | --- |
                | col1 content | Body copy | col3 content |
                """);
        assertImports("nested_sdt.docx", "Test Paragraph1", """

                Test Paragraph2

                Test Paragraph3
                """);
    }

    @Test
    void cellsWithParagraphsAndListsAreJoinedWithBr() throws Exception {
        assertImports("tables.docx", "tables", """

                ### A table, with and without a header row

                | Name | Game | Fame | Blame |
                | --- | --- | --- | --- |
                | Lebron James | Basketball | Very High | Leaving Cleveland |
                | Ryan Braun | Baseball | Moderate | Steroids |
                | Russell Wilson | Football | High | Tacky uniform |

                | Sinple | Table |
                | --- | --- |
                | Without | Header |

                | Simple<br>Multiparagraph | Table<br>Full |
                | --- | --- |
                | Of<br>Paragraphs | In each<br>Cell. |
                """);
        assertImports("table_with_list_cell.docx", "table_with_list_cell", """

                | Cell with text | Cell with text |
                | --- | --- |
                | • Cell with<br>• A<br>• Bullet list | 1. Cell with<br>2. A<br>3. Numbered list. |
                """);
    }

    /** A picture inside a paragraph splits it, so that it stays in its place. */
    @Test
    void picturesStandWhereTheyWereWithTheirAltText() throws Exception {
        assertImports("inline_images.docx", "inline_images", """

                This picture

                ![This one is green and looks like Sideshow Bob.](../media/x/picture-1.jpg)

                is an identicon.

                Here is [one](http://www.google.com)

                ![This one is reddish, and looks like a heart that has leaked out.](../media/x/picture-2.jpg)

                [that](http://www.google.com) links.
                """);
    }

    @Test
    void whatCannotComeAlongIsNamedWithItsPlace() throws Exception {
        assertThat(read("diagram.docx").warnings()).containsExactly(
                "第 2 段里的 SmartArt 图形没有导入：请把它另存为图片，放进 content/media/ 再插入正文。");
        assertThat(read("image_vml_as_object.docx").warnings()).containsExactly(
                "第 2 段里的嵌入对象（如 Excel 表格、Visio 图）只导入了它的预览图片，对象本身没有导入。",
                "第 2 段里的图片是浏览器显示不了的格式（EMF、WMF 或 TIFF），复制过去了但网页上看不到：请另存为 PNG 或 JPG 替换。");
        assertThat(read("text_in_shape_format.docx").warnings()).containsExactly(
                "第 1 段里文本框（或图形）中的文字放在了这一段后面：网页上没有文本框，请检查文字的位置。");
        assertThat(read("track_changes_deletion.docx").warnings()).startsWith(
                "第 1 段（“This is a te……”）有没有处理的修订：按“接受所有修订”导入，删除的文字没有导入，请核对。");
        assertThat(read("links.docx").warnings()).startsWith("第 4 段（“An internal ……”）、第 5 段（“An internal ……”）"
                + "里指向文稿内书签的链接只保留了文字：网页上没有这些书签。");
        assertThat(read("0_level_headers.docx").warnings()).containsExactly("第 3 段（“FIGURES iv”）、第 4 段（“TABLES v”）、"
                + "第 5 段（“SECTION 1 Introduction 2”）、第 8 段（“No table of figures entries found.”）、"
                + "第 11 段（“No table of figures entries found.”）是目录，没有导入：网页会按标题自动生成目录。");
        assertThat(read("lists.docx").warnings()).containsExactly(
                "文稿开头没有找到标题，先用了文件名“lists”作标题：请在 title 里改成文章的标题。");
    }

    @Test
    void importedFilesBuildWithTheirNotesListsCellsAndPictures() throws IOException {
        TestSite site = new TestSite(dir).settings("");
        for (String file : List.of("notes.docx", "tables.docx", "lists.docx", "inline_images.docx")) {
            TestSite.Run run = TestSite.run("import", PANDOC.resolve(file).toString(), "--content",
                    site.content().toString(), "--today", "2026-01-01");
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.err()).startsWith(PANDOC.resolve(file) + ": warning: 文稿开头没有找到标题");
        }
        TestSite.Run build = site.build();
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(site.read("cases/2026-01-01-notes/index.html")).contains(
                "Test footnote.<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>",
                "<li id=\"fn-2\">\n<p>This is an endnote at the end of the document.</p>");
        assertThat(site.read("cases/2026-01-01-tables/index.html")).contains("<td>Of<br>Paragraphs</td>");
        assertThat(site.read("cases/2026-01-01-lists/index.html")).contains(
                "<li>two\n<ol>\n<li>a</li>", "<li>three\n<ul>\n<li>\n<p>four</p>\n<p>Sub paragraph</p>");
        assertThat(site.read("cases/2026-01-01-inline-images/index.html")).contains(
                "alt=\"This one is green and looks like Sideshow Bob.\"");
        assertThat(site.content().resolve("media/imported/2026-01-01-inline-images/picture-2.jpg")).exists();
    }
}
