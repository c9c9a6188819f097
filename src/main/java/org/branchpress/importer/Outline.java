package org.branchpress.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the paragraphs of a Chinese write-up into structure: the header lines (title, date,
 * source) become facts, the outline ({@code 一、} {@code （一）} {@code 1.}) becomes headings and
 * list items, {@code 一是……。} leads become bold, and page chrome at the end is dropped.
 */
final class Outline {
    static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})\\s*日?(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?");
    /** 来源：… on a Word draft's header line (saved pages read theirs with InfoLine). */
    static final Pattern SOURCE = Pattern.compile("(?:來源|来源|出处|出處)\\s*[:：]\\s*([^\\s|｜]+(?:\\s*[-－—]\\s*[^\\s|｜]+)?)");
    static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]{1,3})[、．.]\\s*(.+)$");
    static final Pattern LEVEL2 = Pattern.compile("^[（(]([一二三四五六七八九十]{1,3})[）)]\\s*(.+)$");
    static final Pattern ITEM = Pattern.compile("^(\\d{1,2})[.、．]\\s*(\\D.*)$");
    static final Pattern LEAD = Pattern.compile("^([一二三四五六七八九十]{1,3}是[^。！？；]{1,60}?[。！？；：])(.+)$");
    /** Where the article ends and the page around it begins: 【责任编辑：周某】, 相关新闻, 【纠错】. */
    static final Pattern CHROME_START = Pattern.compile(
            "^[（(【\\[]?\\s*(相關專題|相关专题|相關新聞|相关新闻|相关阅读|相關閱讀|延伸阅读|延伸閱讀|责任编辑|責任編輯|责编|責編|编辑|編輯"
            + "|我要纠错|我要糾錯|纠错|糾錯)\\s*([:：|｜)）】\\]]|$)");
    /** Page furniture on a line of its own: share and print buttons, font size, breadcrumbs, link lists. */
    static final Pattern CHROME_LINE = Pattern.compile(
            "扫一扫|掃一掃|分享到|打印本页|打印本頁|关闭窗口|關閉窗口|返回顶部|返回頂部|^[·•]|[|｜]\\s*$|^(上一篇|下一篇)[:：]"
            + "|^【\\s*字[体體号號]|^(【(打印|关闭|關閉|收藏|纠错|糾錯|我要纠错)】\\s*)+$"
            + "|^(首页|首頁|当前位置|當前位置|您现在的位置|您的位置|现在位置)\\s*[:：>＞»]|^([^。！？>＞»]{1,20}\\s(>|＞|>>|»)\\s){2,}[^。！？>＞»]{1,20}$");
    /** A line of prose: what page furniture never is. */
    private static final Pattern PROSE = Pattern.compile("[\\p{IsHan}].{30,}[。！？]");

    /** The title of a draft in which none was found. */
    static final String UNTITLED = "未命名";

    /** A paragraph left out on purpose as page furniture, by its place among the raw blocks. */
    record Dropped(int index, String text) {
    }

    private Outline() {
    }

    static Draft structure(List<Draft.Block> raw, Optional<String> knownTitle, String encoding) {
        return structure(raw, knownTitle, encoding, new ArrayList<>());
    }

    /**
     * Header facts and body blocks from the blocks as read: paragraphs are raw lines still,
     * tables and pictures are kept where they stand. {@code knownTitle} comes from the file's metadata.
     * Page furniture that is left out is added to {@code dropped}, for the officer's warning.
     */
    static Draft structure(List<Draft.Block> raw, Optional<String> knownTitle, String encoding, List<Dropped> dropped) {
        List<Draft.Block> blocks = new ArrayList<>();
        String title = knownTitle.orElse(null);
        LocalDate date = null;
        String source = null;
        String author = null;
        int index = 0;
        boolean trailing = false;
        for (int at = 0; at < raw.size(); at++) {
            if (!(raw.get(at) instanceof Draft.Paragraph paragraph)) {
                if (trailing && raw.get(at) instanceof Draft.Table t) {
                    dropped.add(new Dropped(at, "表格：" + String.join(" ", t.rows().isEmpty() ? List.of() : t.rows().get(0))));
                } else if (trailing && raw.get(at) instanceof Draft.Image img) {
                    dropped.add(new Dropped(at, "图片 " + img.fileName()));
                } else {
                    blocks.add(raw.get(at));
                }
                continue;
            }
            List<Draft.Span> p = paragraph.spans();
            String text = text(p).strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean header = index < 6 && text.length() < 200;
            Optional<InfoLine> info = header ? InfoLine.parse(text) : Optional.empty();
            if (trailing || info.isEmpty() && CHROME_START.matcher(text).find()) {
                // The page after the article: all of it, unless the article goes on below (an editor's line at the top).
                trailing = trailing || raw.subList(at + 1, raw.size()).stream().noneMatch(Outline::prose);
                dropped.add(new Dropped(at, text));
                continue;
            }
            if (info.isEmpty() && text.length() < 80 && CHROME_LINE.matcher(text).find() && !prose(paragraph)) {
                dropped.add(new Dropped(at, text));
                continue;
            }
            index++;
            if (info.isPresent()) {
                date = date != null ? date : info.get().date().orElse(null);
                source = source != null ? source : info.get().source().orElse(null);
                author = author != null ? author : info.get().author().orElse(null);
                continue;
            }
            if (title == null && header && text.length() <= 80 && !LEVEL1.matcher(text).matches()) {
                title = text;
                continue;
            }
            if (text.equals(title)) {
                continue; // pages repeat their title above the article
            }
            blocks.add(block(p));
        }
        return new Draft(title == null ? UNTITLED : title, Optional.ofNullable(date), Optional.ofNullable(source),
                List.copyOf(blocks), encoding, Optional.ofNullable(author));
    }

    /**
     * One warning for each run of neighbouring paragraphs left out, at the first of them, quoting
     * each (the first 40 characters, at most 12 of them): the officer sees what is missing and can put back
     * what was the article's.
     */
    static List<Importer.Warning> warnings(List<Dropped> dropped, List<int[]> positions) {
        List<Importer.Warning> warnings = new ArrayList<>();
        int i = 0;
        while (i < dropped.size()) {
            int j = i + 1;
            while (j < dropped.size() && dropped.get(j).index() == dropped.get(j - 1).index() + 1) {
                j++;
            }
            StringBuilder quoted = new StringBuilder();
            for (int k = i; k < Math.min(j, i + 12); k++) {
                String t = dropped.get(k).text();
                quoted.append(k == i ? "" : " ").append('“').append(t.length() > 40 ? t.substring(0, 40) + "…" : t).append('”');
            }
            String more = j - i > 12 ? " 等 " + (j - i) + " 段" : "";
            int[] at = positions.get(dropped.get(i).index());
            warnings.add(new Importer.Warning(at[0], at[1], "没有导入" + (j - i == 1 ? "这段" : "这 " + (j - i) + " 段")
                    + "网页上的附加内容（编辑署名、纠错、分享、相关新闻等）：" + quoted + more
                    + "。如果其中有文章的文字，请手工补进案例。"));
            i = j;
        }
        return warnings;
    }

    private static boolean prose(Draft.Block b) {
        return b instanceof Draft.Paragraph p && PROSE.matcher(p.text()).find();
    }

    static boolean looksLikeDateLine(String text) {
        Matcher d = DATE.matcher(text);
        return (d.find() && text.length() - d.group().length() < 60) || SOURCE.matcher(text).lookingAt();
    }

    static Optional<LocalDate> day(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A paragraph of the body: a heading, a list item, or a paragraph with its lead in bold. */
    static Draft.Block block(List<Draft.Span> p) {
        String text = text(p).strip();
        Matcher one = LEVEL1.matcher(text);
        if (one.matches() && text.length() <= 60) {
            return new Draft.Heading(2, one.group(1) + "、" + trimStop(one.group(2)));
        }
        Matcher two = LEVEL2.matcher(text);
        if (two.matches() && text.length() <= 60) {
            return new Draft.Heading(3, "（" + two.group(1) + "）" + trimStop(two.group(2)));
        }
        Matcher item = ITEM.matcher(text);
        if (item.matches()) {
            return new Draft.Item(List.of(new Draft.Span(item.group(2), false)));
        }
        Matcher lead = LEAD.matcher(text);
        if (lead.matches() && p.stream().noneMatch(Draft.Span::bold)) {
            return new Draft.Paragraph(List.of(new Draft.Span(lead.group(1), true), new Draft.Span(lead.group(2), false)));
        }
        return new Draft.Paragraph(p);
    }

    /** A heading may end in 。 in the source; headings do not on a page. */
    private static String trimStop(String s) {
        String t = s.strip();
        return t.endsWith("。") ? t.substring(0, t.length() - 1) : t;
    }

    static String text(List<Draft.Span> spans) {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.text()));
        return b.toString();
    }

    /** Plain lines, one paragraph each. */
    static List<Draft.Block> lines(String text) {
        return lines(text, new ArrayList<>());
    }

    /** Plain lines, one paragraph each, and the line and column of each in {@code positions}. */
    static List<Draft.Block> lines(String text, List<int[]> positions) {
        List<Draft.Block> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip().replace('\u3000', ' ').strip();
            if (!t.isEmpty()) {
                out.add(new Draft.Paragraph(List.of(new Draft.Span(t, false))));
                positions.add(new int[] {i + 1, 1});
            }
        }
        return out;
    }
}
