package org.branchpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template override in the user's folder cannot run programs or reach Java classes. */
class TemplateSandboxTest {
    @TempDir
    Path dir;

    private TestSite siteWithTemplate(String template) throws Exception {
        TestSite site = new TestSite(dir).settings("")
                .file("cases/a.md", "---\ntitle: 案例\ndate: 2024-01-01\n---\n正文。\n");
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/404.ftlh"), template);
        return site;
    }

    @Test
    void theExecutePayloadIsAnErrorNotACommand() throws Exception {
        Path marker = dir.resolve("ran");
        TestSite site = siteWithTemplate("<#assign x=\"freemarker.template.utility.Execute\"?new()>${x(\"touch "
                + marker + "\")}\n");
        TestSite.Run run = site.build("--today", "2024-06-01");
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("templates/404.ftlh:1:").doesNotContain("\tat ");
        assertThat(marker).doesNotExist();
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void theObjectConstructorAndTheApiBuiltInAreRefused() throws Exception {
        for (String payload : new String[] {
                "<#assign c=\"freemarker.template.utility.ObjectConstructor\"?new()>${c(\"java.io.File\", \"/\")}",
                "<#assign j=\"freemarker.template.utility.JythonRuntime\"?new()>",
                "${site?api.getClass().getName()}"}) {
            TestSite site = siteWithTemplate(payload + "\n");
            TestSite.Run run = site.build("--today", "2024-06-01");
            assertThat(run.status()).as(payload + "\n" + run.err()).isEqualTo(1);
            assertThat(run.err()).as(payload).contains("templates/404.ftlh:1:").doesNotContain("\tat ");
        }
    }
}
