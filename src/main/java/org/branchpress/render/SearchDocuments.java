package org.branchpress.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.branchpress.content.Activity;
import org.branchpress.content.CaseStudy;
import org.branchpress.content.Document;
import org.branchpress.content.FreePage;
import org.branchpress.content.HonorRoll;
import org.branchpress.content.Honoree;
import org.branchpress.markdown.Summaries;
import org.branchpress.search.SearchDocument;
import org.branchpress.site.Item;
import org.branchpress.site.Person;
import org.branchpress.site.SiteModel;

/** The site's pages as search documents: dated items newest first, then people, then free pages. */
final class SearchDocuments {
    static final int SNIPPET = 160;

    private SearchDocuments() {
    }

    static List<SearchDocument> of(SiteModel model, Labels labels) {
        List<SearchDocument> docs = new ArrayList<>();
        for (Item<?> item : model.dated()) {
            docs.add(item(item, labels));
        }
        for (Person p : model.people()) {
            List<String> facts = new ArrayList<>();
            p.honors().forEach(h -> facts.add(h.roll().title()));
            String text = String.join("；", facts);
            docs.add(new SearchDocument('p', p.name(), p.address(), null, 0, List.of(), List.of(p.name()), facts,
                    "", Summaries.fit(text.isEmpty() ? labels.get("personActivities") + " " + p.attended().size()
                    + " " + labels.get("times") : text, SNIPPET)));
        }
        for (Item<FreePage> page : model.pages()) {
            docs.add(new SearchDocument('g', page.title(), page.address(), null, 0, page.document().meta().tags(),
                    List.of(), List.of(), page.body().text(), Summaries.fit(page.body().summary(), SNIPPET)));
        }
        return docs;
    }

    private static SearchDocument item(Item<?> item, Labels labels) {
        Document d = item.document();
        List<String> names = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        char kind;
        String text = item.body().text();
        if (d instanceof CaseStudy c) {
            kind = 'c';
            Stream.of(c.origin(), c.author(), c.branch()).forEach(o -> o.ifPresent(facts::add));
        } else if (d instanceof HonorRoll h) {
            kind = 'h';
            facts.add(h.series());
            h.period().ifPresent(facts::add);
            StringBuilder citations = new StringBuilder(text);
            for (Honoree e : h.entries()) {
                names.add(e.name());
                names.addAll(e.members());
                e.unit().ifPresent(facts::add);
                e.citation().ifPresent(cite -> citations.append('\n').append(cite));
            }
            text = citations.toString();
        } else {
            Activity a = (Activity) d;
            kind = 'a';
            facts.add(a.type());
            Stream.of(a.location(), a.organizer()).forEach(o -> o.ifPresent(facts::add));
            names.addAll(a.attendees());
            a.host().ifPresent(names::add);
        }
        String snippet = Summaries.fit(item.body().summary().isEmpty() ? String.join("、", names)
                : item.body().summary(), SNIPPET);
        return new SearchDocument(kind, item.title(), item.address(), labels.date(item.date()), item.date().getYear(),
                d.meta().tags(), names, facts, text, snippet);
    }
}
