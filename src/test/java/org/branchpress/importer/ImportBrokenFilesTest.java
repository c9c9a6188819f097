package org.branchpress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the officer may hand to {@code import} that are not drafts at all: damaged, hostile,
 * empty, missing. Each is refused with a line naming the file, exit status 1, no stack trace,
 * and nothing written into content/. The fixtures are made here, byte by byte.
 */
class ImportBrokenFilesTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir.resolve("site")).settings("");
    }

    /** Imports {@code file}, which must fail: returns the error line printed for it. */
    private String refused(TestSite site, Path file, String... options) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("import", file.toString(), "--content",
                site.content().toString()));
        args.addAll(List.of(options));
        TestSite.Run run = TestSite.run(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("内部错误");
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith(file + ":1:1: error: ");
        assertThat(filesIn(site.content())).containsExactly("site.yaml");
        return run.err().strip();
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A .docx as small as Word can open: content types, the package relation, and the body last. */
    static byte[] minimalDocx() {
        return docx("<w:p><w:r><w:t>支部党员大会纪实</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>2024年5月20日 来源：二部一室党支部</w:t></w:r></w:p>");
    }

    /** {@link #minimalDocx} with {@code head} before its sixty paragraphs of text. */
    static byte[] docx(String head) {
        StringBuilder body = new StringBuilder(head);
        Random random = new Random(7);
        String han = "党支部开展主题党日活动全体党员重温入党誓词学习讨论交流体会组织生活会";
        for (int p = 0; p < 60; p++) {
            body.append("<w:p><w:r><w:t>");
            for (int c = 0; c < 80; c++) {
                body.append(han.charAt(random.nextInt(han.length())));
            }
            body.append("。</w:t></w:r></w:p>");
        }
        return zip(new String[][] {
                {"[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.wordprocessingml.document.main+xml\"/></Types>"},
                {"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
                {"word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body>" + body + "</w:body></w:document>"}});
    }

    private static byte[] zip(String[][] entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String[] entry : entries) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Content types, then a document.xml of {@code megabytes} MB of spaces: a few hundred KB zipped. */
    static byte[] zipBomb(int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void theMinimalDocxOfTheseTestsImports() throws IOException {
        TestSite site = site();
        TestSite.Run run = TestSite.run("import", write("whole.docx", minimalDocx()).toString(), "--content",
                site.content().toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(Path.of(run.out().strip()))).contains("title: \"支部党员大会纪实\"", "date: 2024-05-20");
    }

    @Test
    void aDocxCutOffHalfWayIsDamaged() throws IOException {
        byte[] whole = minimalDocx();
        Path half = write("half.docx", Arrays.copyOf(whole, whole.length / 2));
        assertThat(refused(site(), half)).contains("“half.docx”不是有效的 .docx 文件：文件已损坏或不完整",
                "请在 WPS/Word 里打开它，另存为 .docx 后再导入");
    }

    @Test
    void randomBytesNamedDocxAreDamaged() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(20261122).nextBytes(noise);
        assertThat(refused(site(), write("noise.docx", noise))).contains("“noise.docx”不是有效的 .docx 文件");
    }

    @Test
    void aZipBombIsRefusedBeforePoiUnpacksIt() throws IOException {
        long start = System.nanoTime();
        Path bomb = write("bomb.docx", zipBomb(200));
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        assertThat(refused(site(), bomb)).contains("“bomb.docx”解压后过大", "可能是恶意文件，没有导入");
        assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds").isLessThan(20);
    }

    @Test
    void aSmallerBombIsCaughtByPoisOwnInflateRatioGuard() throws IOException {
        // 5 MB of spaces passes our size limits; POI refuses a part that inflates more than 100:1.
        assertThat(refused(site(), write("small-bomb.docx", zipBomb(5)))).contains("“small-bomb.docx”解压后过大");
    }

    @Test
    void contentControlsOrTablesNestedThousandsDeepAreRefusedNotWalkedIntoAStackOverflow() throws IOException {
        // Random ids keep the part from packing 100:1, which POI would refuse as a zip bomb before it is read.
        Random random = new Random(32);
        StringBuilder controls = new StringBuilder();
        StringBuilder tables = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            controls.append("<w:sdt><w:sdtPr><w:id w:val=\"").append(random.nextInt()).append("\"/></w:sdtPr><w:sdtContent>");
            tables.append("<w:tbl><w:tr w:rsidR=\"").append(random.nextInt()).append("\"><w:tc>");
        }
        controls.append("<w:p><w:r><w:t>深处</w:t></w:r></w:p>").append("</w:sdtContent></w:sdt>".repeat(3_000));
        tables.append("<w:p/>").append("</w:tc></w:tr></w:tbl>".repeat(3_000));
        assertThat(refused(site(), write("controls.docx", docx(controls.toString()))))
                .contains("“controls.docx”里的表格、文本框或内容控件一层套一层，超过了 32 层");
        assertThat(refused(site(), write("tables.docx", docx(tables.toString()))))
                .contains("“tables.docx”里的表格、文本框或内容控件一层套一层");
        // Forty levels pass the XML limit (256) and POI, and stop the importer's own walk.
        String forty = "<w:sdt><w:sdtContent>".repeat(40) + "<w:p><w:r><w:t>深处</w:t></w:r></w:p>"
                + "</w:sdtContent></w:sdt>".repeat(40);
        assertThat(refused(site(), write("forty.docx", docx(forty)))).contains("超过了 32 层");
    }

    @Test
    void anOldWordFileOrAPasswordProtectedOneNamedDocxGetsItsOwnAdvice() throws IOException {
        byte[] ole2 = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole2, 0, 8);
        assertThat(refused(site(), write("old.docx", ole2))).contains("旧版 Word（.doc）格式或加了打开密码的文稿");
    }

    @Test
    void emptyFilesAreRefused() throws IOException {
        TestSite site = site();
        assertThat(refused(site, write("empty.docx", new byte[0]))).contains("“empty.docx”是空文件（0 字节）");
        assertThat(refused(site, write("empty.txt", new byte[0]))).contains("“empty.txt”是空文件（0 字节）");
        assertThat(refused(site, write("blank.txt", " \r\n\u3000\n".getBytes(StandardCharsets.UTF_8))))
                .contains("“blank.txt”里没有文字");
        assertThat(refused(site, write("chrome.html", "<html><body><script>track()</script></body></html>"
                .getBytes(StandardCharsets.UTF_8)))).contains("“chrome.html”里没有找到可以导入的文字");
    }

    @Test
    void textThatIsNoKnownEncodingOrNoTextAtAllIsRefused() throws IOException {
        TestSite site = site();
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertThat(refused(site, write("noise.txt", noise))).contains("无法识别“noise.txt”的文字编码");
        assertThat(refused(site, write("noise.html", noise))).contains("无法识别“noise.html”的文字编码");
        byte[] badEverywhere = new byte[64];
        Arrays.fill(badEverywhere, (byte) 0xFF); // no lead byte of UTF-8, GB18030 or Big5
        assertThat(refused(site, write("ff.txt", badEverywhere))).contains("无法识别“ff.txt”的文字编码");
    }

    @Test
    void aFolderOrAMissingFileIsNamed() throws IOException {
        TestSite site = site();
        Path folder = Files.createDirectories(dir.resolve("drafts.docx"));
        assertThat(refused(site, folder)).contains("是一个文件夹，不是文件");
        assertThat(refused(site, dir.resolve("missing.docx"))).contains("找不到文件");
    }

    @Test
    void aPageNestedThousandsDeepIsRefusedNotWalkedIntoAStackOverflow() throws IOException {
        String page = "<html><body>" + "<div>".repeat(100_000) + "<p>支部召开党员大会。</p></body></html>";
        assertThat(refused(site(), write("deep.html", page.getBytes(StandardCharsets.UTF_8))))
                .contains("“deep.html”里的网页元素嵌套超过 256 层");
    }

    @Test
    void notepadsUnicodeTextIsRead() throws IOException {
        byte[] text = "\uFEFF经验分享：党小组轮值制\r\n2025年3月15日 来源：二部一室党支部\r\n一、做法\r\n轮流主持。\r\n"
                .getBytes(StandardCharsets.UTF_16LE);
        TestSite site = site();
        TestSite.Run run = TestSite.run("import", write("unicode.txt", text).toString(), "--content",
                site.content().toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(Path.of(run.out().strip()))).contains("title: \"经验分享：党小组轮值制\"", "## 一、做法");
    }

    @Test
    void aPageNamedWithoutAFolderWithAMeaninglessTitleAndABrokenPictureAddressStillReads() throws Exception {
        Draft draft = HtmlDraft.read(Path.of("page.html"), "<html><head><title>-</title></head><body><div>"
                + "<p>支部召开党员大会，学习贯彻会议精神。</p><p><img src=\"a%zz.png\"><img src=\"b%00.png\"></p></div></body></html>",
                "UTF-8").draft();
        assertThat(draft.title()).isEqualTo("支部召开党员大会，学习贯彻会议精神。");
        assertThat(draft.blocks()).isEmpty();
    }

    @Test
    void aPictureBesideThePageIsCopiedOnlyFromItsFolderAndOnlyWhenOfSensibleSize() throws IOException {
        Path outside = write("secret.png", new byte[] {1, 2, 3});
        Path files = Files.createDirectories(dir.resolve("page/news_files"));
        Files.createSymbolicLink(files.resolve("linked.png"), outside);
        String html = "<html><body><div><h1>支部召开党员大会</h1><p>全体党员参加了会议，学习贯彻会议精神。</p>"
                + "<p><img src=\"news_files/linked.png\"></p></div></body></html>";
        Path page = Files.writeString(dir.resolve("page/news.html"), html);
        TestSite site = site();
        TestSite.Run run = TestSite.run("import", page.toString(), "--content", site.content().toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(filesIn(site.content())).noneMatch(p -> p.startsWith("media/"));

        try (java.io.RandomAccessFile big = new java.io.RandomAccessFile(files.resolve("big.png").toFile(), "rw")) {
            big.setLength(HtmlDraft.MAX_PICTURE_BYTES + 1); // sparse: no disk is used
        }
        Path other = Files.writeString(dir.resolve("page/big.html"), html.replace("linked.png", "big.png"));
        assertThat(refused(new TestSite(dir.resolve("site2")).settings(""), other))
                .contains("无法读取“big.html”旁边保存的图片（图片“big.png”有 51 MB，超过 50 MB 的上限）");
    }

    @Test
    void forceThatCannotWriteAPictureLeavesTheCaseAsItWasAndNoTemporaryFile() throws IOException {
        TestSite site = site();
        Path page = ImportTest.FIXTURES.resolve("news.html");
        TestSite.Run first = TestSite.run("import", page.toString(), "--content", site.content().toString());
        assertThat(first.status()).as(first.err()).isZero();
        Path written = Path.of(first.out().strip());
        byte[] edited = (Files.readString(written) + "\n支部书记审改后补充的一段。\n").getBytes(StandardCharsets.UTF_8);
        Files.write(written, edited);
        Path picture = site.content().resolve("media/imported/2024-09-10-qing-nian-tu-ji-dui-gong-jian-ji-shi/team.png");
        Files.delete(picture);
        Files.createDirectories(picture.resolve("someone's folder")); // the rename onto it fails, even for root

        TestSite.Run again = TestSite.run("import", page.toString(), "--content", site.content().toString(), "--force");

        assertThat(again.status()).as(again.err()).isEqualTo(1);
        assertThat(again.err()).startsWith(page + ":1:1: error: 无法写入“content/media/imported/"
                + "2024-09-10-qing-nian-tu-ji-dui-gong-jian-ji-shi/team.png”").contains("这个文件原来的内容没有改动")
                .doesNotContain("Exception");
        assertThat(written).hasBinaryContent(edited);
        assertThat(filesIn(site.content())).noneMatch(p -> Path.of(p).getFileName().toString().startsWith("."));
    }

    @Test
    void forceReplacesTheCaseWholeAndLeavesNoTemporaryFile() throws IOException {
        TestSite site = site();
        Path text = ImportTest.FIXTURES.resolve("bom-crlf.txt");
        TestSite.Run first = TestSite.run("import", text.toString(), "--content", site.content().toString());
        Path written = Path.of(first.out().strip());
        byte[] imported = Files.readAllBytes(written);
        Files.writeString(written, "officer's edits");
        Object before = Files.getAttribute(written, "unix:ino");
        TestSite.Run again = TestSite.run("import", text.toString(), "--content", site.content().toString(), "--force");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(written).hasBinaryContent(imported);
        // A new file renamed into place, not the old one truncated and rewritten: never half of each.
        assertThat(Files.getAttribute(written, "unix:ino")).isNotEqualTo(before);
        assertThat(filesIn(site.content())).containsExactly("cases/" + written.getFileName(), "site.yaml");
    }
}
