package org.branchpress.render;

import java.util.List;
import java.util.Map;

/**
 * What templates see: plain records with texts ready to print (dates in Chinese) and
 * root-relative hrefs that templates prefix with {@code ${root}}. Nullable fields are
 * absent values; templates test them with {@code ??}.
 */
public final class Views {
    /**
     * A day: printed as the site's language writes it ({@code 2024年3月15日}), with the ISO form
     * for {@code <time datetime>}, which machines and the HTML checker read.
     */
    public record Day(String iso, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private Views() {
    }

    /** The data model of every page: the frame around it, and its own content. */
    public record Page(String root, String address, String title, String description, SiteInfo site,
                       Map<String, String> l, String section, Object content) {
    }

    /**
     * @param srcsets the href of each published photo with narrower copies → all its copies, for
     *                {@code srcset} (layout.ftlh's {@code srcset} macro)
     */
    public record SiteInfo(String title, String subtitle, String lang, List<Link> nav, List<Link> pages,
                           String feedHref, Map<String, List<Width>> srcsets) {
    }

    /** One copy of a photo: its href from the root and its width in pixels. */
    public record Width(String href, int width) {
    }

    public record Link(String label, String href) {
    }

    /** An item in a list: a case, a roll, an activity. */
    public record Card(String kind, String kindLabel, String title, String href, Day date, String summary,
                       String cover, List<String> facts) {
    }

    public record Pager(String label, String newer, String older) {
    }

    /**
     * @param glance     this year's 三会一课 at a glance; null before any activity is recorded
     * @param branches   a 党总支's branches; empty for a single site
     * @param branchNews the newest items of every branch, each naming its branch
     */
    public record Home(List<Card> cases, List<Card> honors, List<Card> activities, Link casesMore,
                       Link honorsMore, Link activitiesMore, StatsViews.Glance glance, List<BranchLink> branches,
                       List<Card> branchNews) {
    }

    /**
     * A branch of a 党总支 as its home lists it.
     *
     * @param note    a temporary branch's window, else null
     * @param revoked 已撤销 once that window is over, else null
     */
    public record BranchLink(String title, String href, String note, String revoked) {
    }

    /** The 党总支's page comparing its branches. */
    public record BranchCompare(String intro, List<String> types, int year, List<BranchRow> rows) {
    }

    /**
     * One branch in the comparison.
     *
     * @param compliance per type of {@link BranchCompare#types}: periods held of periods judged, or —
     * @param months     activities in each month of the comparison's year
     */
    public record BranchRow(String title, String href, String window, String revoked, List<String> compliance,
                            String attendance, List<Integer> months) {
    }

    public record CardList(String heading, String intro, List<Link> groups, List<Card> cards, Pager pager) {
    }

    public record TocEntry(int level, String text, String id) {
    }

    public record CasePage(String title, Day date, String origin, String author, String branch, List<Link> tags,
                           List<TocEntry> toc, int minutes, String html, String cover, Link previous, Link next,
                           String lang) {
    }

    /** One line of a team's portrait and where its middle is in the 120×160 drawing. */
    public record PortraitLine(String text, int y) {
    }

    /**
     * @param initials a person's last two characters (or one Latin initial)
     * @param lines    a team's whole name in up to three lines, drawn instead of initials; empty for a person
     * @param fontSize the team's lines' size in the 120×160 drawing, so the longest line fits
     */
    public record Portrait(String initials, String color, List<PortraitLine> lines, int fontSize) {
    }

    public record HonoreeView(String name, String href, String unit, String photo, Portrait portrait,
                              String citation, boolean team, List<Link> members) {
    }

    public record HonorRollPage(String title, Day date, Link series, String period, String issuer,
                                String html, List<HonoreeView> entries, List<Link> tags) {
    }

    public record SeriesRoll(String title, String href, Day date, String period, List<Link> names) {
    }

    public record SeriesPage(String name, List<SeriesRoll> rolls) {
    }

    public record ActivityPage(String title, Day date, String type, String location, String organizer,
                               Link host, List<Link> attendees, List<Link> absent, int absentCount,
                               List<Link> leave, int leaveCount, List<Link> speakers, List<String> guests,
                               String attendance, String rate, List<String> photos, String html, List<Link> tags) {
    }

    /** @param series the award (月度之星); {@code team} the team's name when the honor went to a team they are in */
    public record PersonHonor(String title, String href, Day date, String series, String citation, String team) {
    }

    /**
     * One page of a person's page.
     *
     * @param attended      this page's slice; {@code attendedCount} counts them all
     * @param participation null when privacy.member_stats keeps it off the portal
     * @param pager         null when everything fits on one page
     */
    /** @param photo the person's photo from the newest honor roll that has one; null: the portrait */
    /** @param elsewhere the same person's pages in other sites of a 党总支 (its members.yaml says so) */
    public record PersonPage(String name, Portrait portrait, String photo, List<PersonHonor> honors, List<Card> attended,
                             int attendedCount, List<Card> absent, int absentCount, String participation,
                             Pager pager, List<Link> elsewhere) {
    }

    /** @param note whose entry it is, where one list holds several sites' (a 党总支's people); else null */
    public record Counted(String label, String href, int count, String note) {
        public Counted(String label, String href, int count) {
            this(label, href, count, null);
        }
    }

    public record Index(String heading, List<Counted> entries) {
    }

    public record FreePageView(String title, String html) {
    }

    /** A notice published on the portal: its days on the screens in words ({@code window}). */
    public record NoticeView(String title, Day date, String window, boolean urgent, String html) {
    }

    public record FeedEntry(String title, String link, String id, String updated, String summary, String kind) {
    }

    public record Feed(String title, String subtitle, String selfLink, String siteLink, String id, String updated,
                       List<FeedEntry> entries) {
    }

    /**
     * The not-found page, which a web server shows at any address, at any depth: it cannot
     * link relatively. Its style is inline; its links are absolute with {@code base_url}, and
     * without it a script finds the site's root by looking for {@code build-id.js} above.
     *
     * @param base {@code base_url}, or null
     * @param icon the site's icon as a data: address: from disk the page may request nothing
     */
    public record NotFound(String css, String base, String icon) {
    }

    /**
     * A kind in the search page's filter and on its result badges.
     *
     * @param code  the letter of the kind in the search index
     * @param badge the badge's style, {@code badge-<badge>}
     */
    public record SearchKind(String code, String badge, String label) {
    }

    /** The search page: the kinds search.js reads from its filter, so the script names none. */
    /** @param branches a 党总支's branches, for the filter by branch; empty for a single site */
    public record SearchPage(List<SearchKind> kinds, List<BranchLink> branches) {
    }

    public record SitemapEntry(String loc, String lastmod) {
    }

    public record Sitemap(List<SitemapEntry> entries) {
    }
}
