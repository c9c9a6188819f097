package org.branchpress.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of facts a news page prints under its title — {@code 发布时间：2024-11-20 10:30　来源：省统计局　浏览：33},
 * {@code 2024年11月18日08:25 | 来源：人民日报}, {@code 作者：本报记者 张三} — read into a date, a source and
 * an author. A line is one only when little else is left once these, view counts and the
 * font-size buttons are taken out: a sentence that starts with a date is the article.
 */
record InfoLine(Optional<LocalDate> date, Optional<String> source, Optional<String> author) {
    private static final Pattern LABEL = Pattern.compile("(发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|发表时间|發表時間|"
            + "更新时间|更新時間|时间|時間|日期|来源|來源|出处|出處|稿源|作者|作\\s+者|记者|記者|撰稿|撰文|"
            + "浏览次数|瀏覽次數|浏览量|浏览|瀏覽|点击数|點擊數|点击量|点击|點擊|阅读数|阅读量|阅读|閱讀|访问量|訪問量|"
            + "字号|字號|字体|字體)\\s*[:：]");
    private static final Pattern SOURCE = Pattern.compile("来源|來源|出处|出處|稿源");
    private static final Pattern AUTHOR = Pattern.compile("作者|作\\s+者|记者|記者|撰稿|撰文");
    /** 【字体：大 中 小】【打印】 and the like, and the separators between fields. */
    private static final Pattern NOISE = Pattern.compile("【[^】]{0,20}】|\\[[^]]{0,20}]|[|｜/\\s]+");
    private static final Pattern VALUE_END = Pattern.compile("[|｜【\\[].*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE = Pattern.compile("[。！？!?]");
    /** At most this many characters of Han text may remain: 原创, 人民网 as a bare name, 11 版. */
    private static final int LEFT_OVER = 6;

    static Optional<InfoLine> parse(String line) {
        String text = line.replace('\u00a0', ' ').replace('\u3000', ' ');
        if (text.length() > 200) {
            return Optional.empty();
        }
        Matcher d = Outline.DATE.matcher(text);
        boolean dated = d.find();
        Optional<LocalDate> date = dated ? Outline.day(d) : Optional.empty();
        int dateStart = dated ? d.start() : -1;
        int dateEnd = dated ? d.end() : -1;
        List<int[]> labels = new ArrayList<>();
        Matcher l = LABEL.matcher(text);
        while (l.find()) {
            labels.add(new int[] {l.start(), l.end()});
        }
        String source = null;
        String author = null;
        StringBuilder rest = new StringBuilder(text);
        boolean[] used = new boolean[text.length()];
        if (dated) {
            mark(used, dateStart, dateEnd);
        }
        for (int i = 0; i < labels.size(); i++) {
            int from = labels.get(i)[1];
            int to = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            if (dated && dateStart >= from && dateStart < to) {
                to = dateStart;
            }
            String label = text.substring(labels.get(i)[0], from);
            String value = SPACES.matcher(VALUE_END.matcher(text.substring(from, to)).replaceFirst("").strip()).replaceAll(" ");
            mark(used, labels.get(i)[0], to);
            if (SOURCE.matcher(label).lookingAt() && source == null && !value.isEmpty()) {
                source = value;
            } else if (AUTHOR.matcher(label).lookingAt() && author == null && !value.isEmpty()) {
                author = value;
            }
        }
        for (int i = used.length - 1; i >= 0; i--) {
            if (used[i]) {
                rest.deleteCharAt(i);
            }
        }
        String left = NOISE.matcher(rest).replaceAll("");
        if (date.isEmpty() && source == null && author == null || HtmlArticle.han(left) > LEFT_OVER || SENTENCE.matcher(left).find()) {
            return Optional.empty();
        }
        return Optional.of(new InfoLine(date, Optional.ofNullable(source), Optional.ofNullable(author)));
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }

}
