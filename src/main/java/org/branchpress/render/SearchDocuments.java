package org.branchpress.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.branchpress.content.Activity;
import org.branchpress.content.CaseStudy;
import org.branchpress.content.Document;
import org.branchpress.content.FreePage;
import org.branchpress.content.Notice;
import org.branchpress.content.HonorRoll;
import org.branchpress.content.Honoree;
import org.branchpress.markdown.Summaries;
import org.branchpress.search.SearchDocument;
import org.branchpress.site.Item;
import org.branchpress.site.Person;
import org.branchpress.site.SiteModel;
import org.branchpress.source.ContentKind;

/**
 * The site's pages as search documents: dated items newest first, then people, then the
 * undated kinds (free pages). Each document's kind letter is its {@link ContentKind}'s; the
 * search page lists the same kinds ({@link #kinds}), so search.js knows no letter itself.
 */
final class SearchDocuments {
    static final int SNIPPET = 160;
    /** People are searched too, though no content folder holds them. */
    static final char PERSON = 'p';

    private SearchDocuments() {
    }

    /** The kinds of the search filter and result badges, in the order of the index. */
    static List<Views.SearchKind> kinds(Labels labels) {
        List<Views.SearchKind> kinds = new ArrayList<>();
        ContentKind.datedKinds().forEach(k -> kinds.add(kind(k.searchCode(), k.template(), labels.get(k.labelKey()))));
        kinds.add(kind(PERSON, ContentKind.PAGE.template(), labels.get("kindPerson")));
        ContentKind.undatedKinds().forEach(k -> kinds.add(kind(k.searchCode(), k.template(), labels.get(k.labelKey()))));
        return List.copyOf(kinds);
    }

    private static Views.SearchKind kind(char code, String badge, String label) {
        return new Views.SearchKind(String.valueOf(code), badge, label);
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
            docs.add(new SearchDocument(PERSON, p.name(), p.address(), null, 0, List.of(), List.of(p.name()), facts,
                    () -> "", Summaries.fit(text.isEmpty() ? labels.get("personActivities") + " " + p.attended().size()
                    + " " + labels.get("times") : text, SNIPPET)));
        }
        ContentKind.undatedKinds().forEach(k -> model.items(k).forEach(item -> docs.add(item(item, labels))));
        // a 党总支: one search over every branch too, each page at its address under branches/<id>/
        for (org.branchpress.site.Federation.BranchSite b : model.federation().branches()) {
            for (SearchDocument d : of(b.model(), labels)) {
                List<String> facts = new ArrayList<>(d.facts());
                facts.add(b.title());
                docs.add(new SearchDocument(d.kind(), d.title(), b.folder() + d.address(), d.date(), d.year(), d.tags(),
                        d.names(), List.copyOf(facts), d.text(), d.snippet()));
            }
        }
        return docs;
    }

    /** What a kind adds to its search document besides title, tags and body. */
    private record Fields(List<String> names, List<String> facts, Supplier<String> text) {
    }

    private static SearchDocument item(Item<?> item, Labels labels) {
        Document d = item.document();
        // read when the index counts it, not now: the texts of every page at once would not fit
        Supplier<String> body = () -> item.body().text();
        Fields fields = d.accept(new Document.Visitor<>() {
            @Override
            public Fields caseStudy(CaseStudy c) {
                return new Fields(List.of(), Stream.of(c.origin(), c.author(), c.branch()).flatMap(o -> o.stream())
                        .toList(), body);
            }

            @Override
            public Fields honorRoll(HonorRoll h) {
                List<String> names = new ArrayList<>();
                List<String> facts = new ArrayList<>(List.of(h.series()));
                h.period().ifPresent(facts::add);
                for (Honoree e : h.entries()) {
                    names.add(e.name());
                    names.addAll(e.members());
                    e.unit().ifPresent(facts::add);
                }
                return new Fields(names, facts, () -> {
                    StringBuilder citations = new StringBuilder(body.get());
                    h.entries().forEach(e -> e.citation().ifPresent(cite -> citations.append('\n').append(cite)));
                    return citations.toString();
                });
            }

            @Override
            public Fields activity(Activity a) {
                List<String> facts = new ArrayList<>(List.of(a.type()));
                Stream.of(a.location(), a.organizer()).forEach(o -> o.ifPresent(facts::add));
                List<String> names = new ArrayList<>(a.attendees());
                a.host().ifPresent(names::add);
                return new Fields(names, facts, body);
            }

            @Override
            public Fields freePage(FreePage p) {
                return new Fields(List.of(), List.of(), body);
            }

            @Override
            public Fields notice(Notice n) {
                return new Fields(List.of(), List.of(), body);
            }
        });
        String snippet = Summaries.fit(item.body().summary().isEmpty() ? String.join("、", fields.names())
                : item.body().summary(), SNIPPET);
        boolean dated = d.kind().dated();
        return new SearchDocument(d.kind().searchCode(), item.title(), item.address(),
                dated ? labels.date(item.date()) : null, dated ? item.date().getYear() : 0, d.meta().tags(),
                fields.names(), fields.facts(), fields.text(), snippet);
    }
}
