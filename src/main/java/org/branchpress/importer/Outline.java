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
    static final Pattern SOURCE = Pattern.compile("(?:來源|来源|出处|出處)\\s*[:：]\\s*([^\\s|｜]+(?:\\s*[-－—]\\s*[^\\s|｜]+)?)");
    static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]{1,3})[、．.]\\s*(.+)$");
    static final Pattern LEVEL2 = Pattern.compile("^[（(]([一二三四五六七八九十]{1,3})[）)]\\s*(.+)$");
    static final Pattern ITEM = Pattern.compile("^(\\d{1,2})[.、．]\\s*(\\D.*)$");
    static final Pattern LEAD = Pattern.compile("^([一二三四五六七八九十]{1,3}是[^。！？；]{1,60}?[。！？；：])(.+)$");
    /** Where the article ends and the page around it begins. */
    static final Pattern CHROME_START = Pattern.compile(
            "^[（(]?\\s*(相關專題|相关专题|相關新聞|相关新闻|相关阅读|相關閱讀|延伸阅读|延伸閱讀|责任编辑|責任編輯|责编|責編|编辑|編輯)\\s*([:：|｜)）]|$)");
    static final Pattern CHROME_LINE = Pattern.compile(
            "扫一扫|掃一掃|分享到|打印本页|打印本頁|关闭窗口|關閉窗口|返回顶部|返回頂部|^[·•]|[|｜]\\s*$|^(上一篇|下一篇)[:：]");

    /** The title of a draft in which none was found. */
    static final String UNTITLED = "未命名";

    private Outline() {
    }

    /**
     * Header facts and body blocks from the blocks as read: paragraphs are raw lines still,
     * tables and pictures are kept where they stand. {@code knownTitle} comes from the file's metadata.
     */
    static Draft structure(List<Draft.Block> raw, Optional<String> knownTitle, String encoding) {
        List<Draft.Block> blocks = new ArrayList<>();
        String title = knownTitle.orElse(null);
        LocalDate date = null;
        String source = null;
        int index = 0;
        for (Draft.Block b : raw) {
            if (!(b instanceof Draft.Paragraph paragraph)) {
                blocks.add(b);
                continue;
            }
            List<Draft.Span> p = paragraph.spans();
            String text = text(p).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (CHROME_START.matcher(text).find()) {
                break;
            }
            if (CHROME_LINE.matcher(text).find() && text.length() < 80) {
                continue;
            }
            boolean header = index < 6 && text.length() < 120;
            index++;
            if (header && (date == null || source == null) && looksLikeDateLine(text)) {
                Matcher d = DATE.matcher(text);
                if (date == null && d.find()) {
                    date = day(d).orElse(null);
                }
                Matcher s = SOURCE.matcher(text);
                if (source == null && s.find()) {
                    source = s.group(1).strip();
                }
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
                List.copyOf(blocks), encoding);
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
        List<Draft.Block> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.strip().replace('\u3000', ' ').strip();
            if (!t.isEmpty()) {
                out.add(new Draft.Paragraph(List.of(new Draft.Span(t, false))));
            }
        }
        return out;
    }
}
