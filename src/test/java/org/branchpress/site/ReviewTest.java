package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review and secrecy (CONTENT-FORMAT.md): what is published, what is warned, the register. */
class ReviewTest {
    @TempDir
    Path dir;

    @Test
    void withReviewRequiredOnlyApprovedItemsArePublished() {
        TestSite site = new TestSite(dir).settings("review:\n  required: true\n")
                .file("cases/approved.md", "---\ntitle: 已签发\ndate: 2024-01-01\nstatus: approved\nreviewer: 李强\napprover: 王伟\n---\n正文。\n")
                .file("cases/waiting.md", "---\ntitle: 待审核\ndate: 2024-01-02\nstatus: review\n---\n正文。\n")
                .file("cases/none.md", "---\ntitle: 未填状态\ndate: 2024-01-03\n---\n正文。\n");
        assertThat(site.build().status()).isZero();
        assertThat(site.exists("cases/approved/index.html")).isTrue();
        assertThat(site.exists("cases/waiting/index.html")).isFalse();
        assertThat(site.exists("cases/none/index.html")).isFalse();
        assertThat(site.build("--drafts").status()).isZero();
        assertThat(site.exists("cases/waiting/index.html")).isTrue();
    }

    @Test
    void warnTermsAndMobileNumbersAreWarningsAndPublished() {
        TestSite site = new TestSite(dir).settings("review:\n  warn: [试验基地]\n")
                .file("cases/a.md", "---\ntitle: 标题\ndate: 2024-01-01\n---\n在试验基地开展活动，联系电话13812345678。\n");
        TestSite.Run run = site.build();
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("content/cases/a.md:5:2: warning: 含有需要留意的词“试验基地”")
                .contains("content/cases/a.md:5:15: warning: 含有手机号码“138****5678”");
        assertThat(site.exists("cases/a/index.html")).isTrue();
    }

    @Test
    void ordinaryWordsAreNotMarkings() {
        TestSite site = new TestSite(dir).settings("base_url: http://intranet.example/branch/\n")
                .file("cases/a.md", "---\ntitle: 标题\ndate: 2024-01-01\n---\n党员要严守党的秘密，保守国家秘密，不泄露商业机密。订单号 123456789012345678。\n");
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("warning");
    }

    @Test
    void checkWritesTheReviewRegisterBesideTheContentFolder() throws Exception {
        TestSite site = new TestSite(dir).settings("")
                .file("cases/a.md", "---\ntitle: 案例, 带逗号\ndate: 2024-01-01\nstatus: approved\nreviewer: 李强\napprover: 王伟\n---\n")
                .file("cases/b.md", "---\ntitle: =草稿\ndate: 2024-01-02\ndraft: true\n---\n");
        TestSite.Run run = site.check();
        assertThat(run.status()).isZero();
        String csv = Files.readString(dir.resolve("review-register.csv"), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFF文件,标题,状态,审核人,签发人,日期\r\n"
                + "content/cases/a.md,\"案例, 带逗号\",已签发（approved）,李强,王伟,2024-01-01\r\n"
                + "content/cases/b.md,'=草稿,草稿（draft: true）,,,2024-01-02\r\n");
        assertThat(site.content().resolve("review-register.csv")).doesNotExist();
    }

    @Test
    void checkPrintsJsonWhenAsked() {
        TestSite site = new TestSite(dir).settings("")
                .file("cases/a.md", "---\ntitel: 标题\ndate: 2024-01-01\n---\n");
        TestSite.Run run = site.check("--format", "json");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().strip()).startsWith("[{\"file\":\"content/cases/a.md\",\"line\":2,\"column\":1,"
                + "\"severity\":\"error\",\"rule\":\"yaml/unknown-key\",\"message\":\"front matter 里没有“titel”这个键")
                .endsWith("}]");
    }
}
