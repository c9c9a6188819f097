package org.branchpress.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;

/**
 * 应到, 实到, 请假 and 缺席 from a random roster (statuses, 转入 and 转出 dates) and random
 * activity records agree with counting by hand, and 未登记 names exactly the members expected and
 * listed nowhere. A seeded loop in plain JUnit: the same 30 sites every run, a failure names its try.
 */
class RollCallPropertyTest {
    private static final long SEED = 20261216L;
    private static final List<String> NAMES = List.of("王伟", "李强", "张敏", "陈杰", "赵磊", "孙丽", "刘洋", "周涛",
            "吴昊", "黄磊");
    private static final String[] STATUS = {"正式党员", "正式党员", "正式党员", "预备党员", "入党积极分子"};

    private record Member(String name, String status, LocalDate joined, LocalDate left) {
        boolean expectedOn(LocalDate day) {
            return !status.equals("入党积极分子") && (joined == null || !joined.isAfter(day))
                    && (left == null || day.isBefore(left));
        }
    }

    @Test
    void countsFromTheRosterAgreeWithCountingByHand() throws IOException {
        Random random = new Random(SEED);
        for (int t = 0; t < 30; t++) {
            Path dir = Files.createTempDirectory("bp-rollcall");
            try {
                oneSite(new TestSite(dir), random);
            } catch (AssertionError e) {
                throw new AssertionError("try " + t + " (seed " + SEED + ")", e);
            }
        }
    }

    private static void oneSite(TestSite site, Random random) {
        List<Member> roster = new ArrayList<>();
        StringBuilder yaml = new StringBuilder("members:\n");
        for (String name : NAMES.subList(0, 3 + random.nextInt(NAMES.size() - 2))) {
            LocalDate joined = random.nextInt(3) == 0 ? LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)) : null;
            LocalDate left = random.nextInt(3) == 0 ? LocalDate.of(2025, 6, 1).plusDays(random.nextInt(400)) : null;
            if (joined != null && left != null && !left.isAfter(joined)) {
                left = null;
            }
            Member m = new Member(name, STATUS[random.nextInt(STATUS.length)], joined, left);
            roster.add(m);
            yaml.append("  - {name: ").append(name).append(", status: ").append(m.status())
                    .append(joined == null ? "" : ", joined: " + joined).append(left == null ? "" : ", left: " + left)
                    .append("}\n");
        }
        site.settings("").file("members.yaml", yaml.toString());
        List<String[]> expectations = new ArrayList<>();
        for (int a = 0; a < 5; a++) {
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
            List<String> attendees = new ArrayList<>();
            List<String> leave = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            List<String> unlisted = new ArrayList<>();
            int expected = 0;
            for (Member m : roster) {
                if (!m.expectedOn(day)) {
                    continue; // activists and those out of the branch that day are not listed here
                }
                expected++;
                List<List<String>> where = List.of(attendees, attendees, leave, absent, unlisted);
                where.get(random.nextInt(where.size())).add(m.name());
            }
            if (attendees.isEmpty() && leave.isEmpty() && absent.isEmpty()) {
                continue; // a record without names counts nothing
            }
            String file = "activities/a" + a + ".md";
            site.file(file, "---\ntitle: 活动" + a + "\ndate: " + day + "\ntype: 主题党日\nattendees: " + attendees
                    + "\nleave: " + leave + "\nabsent: " + absent + "\n---\n纪要。\n");
            expectations.add(new String[] {"activities/a" + a + "/index.html", "<dd>应到 " + expected + " 人，实到 "
                    + attendees.size() + " 人，请假 " + leave.size() + " 人，缺席 " + absent.size() + " 人</dd>",
                    "content/" + file, unlisted.isEmpty() ? "" : "未登记：" + String.join("、", unlisted) + "（"});
        }
        TestSite.Run run = site.build("--today", "2026-12-01");
        assertThat(run.status()).as(run.err()).isZero();
        for (String[] e : expectations) {
            assertThat(site.read(e[0])).as(e[0]).contains(e[1]);
            List<String> warnings = run.err().lines().filter(l -> l.startsWith(e[2] + ":") && l.contains("未登记")).toList();
            if (e[3].isEmpty()) {
                assertThat(warnings).as(e[2]).isEmpty();
            } else {
                assertThat(warnings).as(e[2]).singleElement().asString().contains(e[3]);
            }
        }
    }
}
