package org.branchpress.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.branchpress.settings.SiteSettings;
import org.branchpress.source.SourceFile;

/**
 * "涉密不上网，上网不涉密": scans every file that is about to be published, line by line,
 * front matter included. Blocked terms, classification markings and identity-card numbers
 * stop the build at their file, line and column; warned terms and mobile numbers are
 * reported and published.
 */
public final class ReviewScanner {
    /**
     * A classification marking rather than the ordinary word: 秘密★一年, 机密级, 【绝密】,
     * 内部资料, a marking alone on its line. "保守秘密" or "商业机密" in a sentence is not one.
     */
    private static final Pattern MARKING = Pattern.compile(
            "(?:(?:绝密|絕密|机密|機密|秘密|祕密|内部|內部)\\s*[★☆])"
                    + "|(?:(?:绝密|絕密|机密|機密|秘密|祕密)级)|(?:(?:絕密|機密|秘密|祕密)級)"
                    + "|(?:[【\\[〔（(]\\s*(?:绝密|絕密|机密|機密|秘密|祕密|内部|內部|内部资料|內部資料)\\s*[】\\]〕）)])"
                    + "|(?:内部资料|內部資料|内部文件|內部文件|内部传阅|內部傳閱|注意保密)"
                    + "|(?:^\\s*(?:绝密|絕密|机密|機密|秘密|祕密)\\s*$)");
    /** 17 digits and a check character, not part of a longer number. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9][0-9]{5}((?:19|20)[0-9]{6})[0-9]{3}[0-9Xx](?![0-9A-Za-z])");
    /** A mainland mobile number: 11 digits starting 13–19, not part of a longer number. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final SiteSettings.Review review;
    private final Problems problems;

    public ReviewScanner(SiteSettings.Review review, Problems problems) {
        this.review = review;
        this.problems = problems;
    }

    public void scan(SourceFile file) {
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            scanLine(file.display(), i + 1, lines[i]);
        }
    }

    private void scanLine(String file, int line, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        terms(review.blocked(), file, line, lower, true);
        Matcher marking = MARKING.matcher(mayHoldMarking(text) ? text : "");
        while (marking.find()) {
            problems.error(new SourcePosition(file, line, marking.start() + 1), "review/classified",
                    "含有密级标志“" + marking.group().strip() + "”：带密级或“内部资料”标志的材料不能在内网门户发布，请删除这份材料或去掉标志并经审核。");
        }
        int digits = longestDigitRun(text);
        Matcher id = ID_NUMBER.matcher(digits >= 17 ? text : "");
        while (id.find()) {
            if (isDate(id.group(1))) {
                problems.error(new SourcePosition(file, line, id.start() + 1), "review/id-number",
                        "含有疑似身份证号码“" + mask(id.group()) + "”：个人身份证号不能发布，请删除。");
            }
        }
        terms(review.warn(), file, line, lower, false);
        Matcher mobile = MOBILE.matcher(digits >= 11 ? text : "");
        while (mobile.find()) {
            problems.warning(new SourcePosition(file, line, mobile.start() + 1), "review/mobile",
                    "含有手机号码“" + mask(mobile.group()) + "”：请确认本人同意公开，否则改用办公电话。");
        }
    }

    /** site.yaml's own terms, matched without regard to Latin case. */
    private void terms(List<String> terms, String file, int line, String lowerText, boolean blocked) {
        for (String term : terms) {
            int at = lowerText.indexOf(term.toLowerCase(Locale.ROOT));
            if (at < 0) {
                continue;
            }
            SourcePosition where = new SourcePosition(file, line, at + 1);
            if (blocked) {
                problems.error(where, "review/blocked", "含有禁止发布的词“" + term
                        + "”（site.yaml 的 review.blocked）：涉密不上网，请删除或改写这一处后再发布。");
            } else {
                problems.warning(where, "review/warn", "含有需要留意的词“" + term
                        + "”（site.yaml 的 review.warn）：请确认可以公开。");
            }
        }
    }

    /** Cheap tests first: most lines hold no marking word and no long number. */
    private static boolean mayHoldMarking(String text) {
        return text.indexOf('密') >= 0 || text.contains("内部") || text.contains("內部");
    }

    private static int longestDigitRun(String text) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    private static boolean isDate(String yyyymmdd) {
        try {
            return !LocalDate.parse(yyyymmdd, BIRTH).isAfter(LocalDate.of(2100, 1, 1));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Messages show enough to find the number, not the whole number again. */
    private static String mask(String number) {
        return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
    }

}
