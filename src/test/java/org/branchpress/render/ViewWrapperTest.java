package org.branchpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import org.junit.jupiter.api.Test;

/**
 * {@link ViewWrapper} reads record components by handle: every way a template can use a view
 * record must print what FreeMarker's default wrapper prints.
 */
class ViewWrapperTest {
    public record Day(String iso, String text) {
    }

    public record Card(String title, Day date, String summary, List<String> tags, int count) {
        public String shout() {
            return title + "！";
        }

        public String repeat(int times) {
            return title.repeat(times);
        }
    }

    private static final String TEMPLATE = """
            <#list cards as c>
            [${c.title}] [${c.title()}] [${c.date.text}] [${c.date.iso!"-"}] [${c.summary!"无摘要"}]
            [<#if c.summary??>有</#if>] [${c.tags?join("、")}] [${c.count + 1}] [${c.shout()}] [${c.repeat(2)}]
            [${c.date}] [${c?has_content?c}] [${c.missing!"没有"}] [${(c.tags?size > 1)?c}]
            </#list>
            """;

    private static String render(ObjectWrapper wrapper, Map<String, Object> model) throws Exception {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setObjectWrapper(wrapper);
        config.setNumberFormat("computer");
        StringWriter out = new StringWriter();
        new Template("t.ftlh", TEMPLATE, config).process(model, out);
        return out.toString();
    }

    @Test
    void printsWhatTheDefaultWrapperPrints() throws Exception {
        Map<String, Object> model = Map.of("cards", List.of(
                new Card("党课", new Day("2024-05-01", "2024年5月1日"), "学习<党章>", List.of("学习", "党课"), 3),
                new Card("主题党日", new Day(null, "某日"), null, List.of(), 0)));
        String expected = render(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build(), model);
        assertThat(render(new ViewWrapper(), model)).isEqualTo(expected).contains("[党课！]", "[学习&lt;党章&gt;]");
    }
}
