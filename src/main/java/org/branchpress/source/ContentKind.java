package org.branchpress.source;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The content kinds, each described once: Java, the templates and the search script read
 * these values and nothing else. Adding a kind is, and is only (ContentKindsTest checks it):
 * <ol>
 * <li>a value here (its folder, name, search code, label key, whether it is dated);</li>
 * <li>a record implementing {@code Document} and a method of {@code Document.Visitor}: the
 *     compiler then names every place that reads a kind's own fields (cards, search facts,
 *     the model's sections, its page's view) and every exhaustive {@code switch} on this enum;</li>
 * <li>its keys in {@code DocumentParser};</li>
 * <li>its words in {@code Labels} (the section title under {@link #folder()}, the badge
 *     under {@link #labelKey()}) and its page template, {@link #template()}{@code .ftlh}.</li>
 * </ol>
 */
public enum ContentKind {
    CASE("cases", "case", 'c', "kindCase", true),
    HONOR("honors", "honor", 'h', "kindHonor", true),
    ACTIVITY("activities", "activity", 'a', "kindActivity", true),
    PAGE("pages", "page", 'g', "kindPage", false);

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
