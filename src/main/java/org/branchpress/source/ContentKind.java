package org.branchpress.source;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The content kinds, each described once: Java, the templates and the search script read
 * these values (search.js gets them from the search page's filter and names no kind). Adding
 * a kind is, and is only (ContentKindsTest checks what can be checked at run time):
 * <ol>
 * <li>a value here (its folder, template, search letter, label key, whether it is dated);</li>
 * <li>a record implementing {@code Document}, permitted by it, and a method of
 *     {@code Document.Visitor}: the compiler then names every place that reads a kind's own
 *     fields (its card, its search fields, the model's typed section) and every exhaustive
 *     {@code switch} on this enum ({@code SiteModel.items}, the item pages of
 *     {@code SiteRenderer}, {@code DocumentParser});</li>
 * <li>its list in {@code SiteModel} and its page's view in {@code PageViews};</li>
 * <li>its keys in {@code DocumentParser};</li>
 * <li>its words in {@code Labels} (the section title under {@link #folder()}, the badge
 *     under {@link #labelKey()}) and its page template, {@link #template()}{@code .ftlh}.</li>
 * </ol>
 * Sections, feeds, the archive, tags, search and the filter follow from the value alone.
 */
public enum ContentKind {
    CASE("cases", "case", 'c', "kindCase", true),
    HONOR("honors", "honor", 'h', "kindHonor", true),
    ACTIVITY("activities", "activity", 'a', "kindActivity", true),
    PAGE("pages", "page", 'g', "kindPage", false),
    /**
     * 通知 for the TV screens: on the portal only with {@code portal: true}, dated by its
     * {@code show_from}; its section, feed and menu entry exist only when one is published.
     */
    NOTICE("notices", "notice", 'n', "kindNotice", true);

    private final String folder;
    private final String template;
    private final char searchCode;
    private final String labelKey;
    private final boolean dated;

    ContentKind(String folder, String template, char searchCode, String labelKey, boolean dated) {
        this.folder = folder;
        this.template = template;
        this.searchCode = searchCode;
        this.labelKey = labelKey;
        this.dated = dated;
    }

    /** The folder under {@code content/} and in the site; also the Labels key of its section's title. */
    public String folder() {
        return folder;
    }

    /** The name of its page template ({@code case} → {@code case.ftlh}) and of its badge's style. */
    public String template() {
        return template;
    }

    /** Its letter in the search index's kind string (one letter per document). */
    public char searchCode() {
        return searchCode;
    }

    /** The Labels key of one item's badge ({@code kindCase} → 案例). */
    public String labelKey() {
        return labelKey;
    }

    /**
     * Dated kinds have a section list and a feed, and go into the archive, the tags and the
     * main feed; an undated one (a free page) is linked from the footer.
     */
    public boolean dated() {
        return dated;
    }

    /**
     * Whether its documents reach the portal only when they ask to (a notice's {@code portal:
     * true}): without one published, the kind has no section, feed or menu entry.
     */
    public boolean optIn() {
        return this == NOTICE;
    }

    /** The dated kinds, in this enum's order: sections, feeds, archive. */
    public static Stream<ContentKind> datedKinds() {
        return Arrays.stream(values()).filter(ContentKind::dated);
    }

    /** The undated kinds (free pages), in this enum's order. */
    public static Stream<ContentKind> undatedKinds() {
        return Arrays.stream(values()).filter(k -> !k.dated());
    }

    public static Optional<ContentKind> ofFolder(String name) {
        return Arrays.stream(values()).filter(k -> k.folder.equals(name)).findFirst();
    }
}
