package org.branchpress.render;

/** The output formats of a build, by name: what {@link SiteRenderer#renderAll} counts files under. */
public enum Output {
    /** The portal's pages: home, sections, items, people, tags, archive, statistics, search, 404. */
    PORTAL,
    /** The TV screens: rotating pages, their chained slides, and the scaled pictures they show. */
    SCREENS,
    /** The Atom feeds: the main one and one per dated kind. */
    FEEDS,
    /** sitemap.xml, listing the portal's pages (only with base_url). */
    SITEMAP,
    /** The offline search index under search/. */
    SEARCH
}
