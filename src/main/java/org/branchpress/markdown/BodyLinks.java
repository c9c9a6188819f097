package org.branchpress.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;
import java.util.regex.Matcher;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.branchpress.content.Addresses;
import org.branchpress.content.ContentPaths;
import org.branchpress.photo.Photo;

/**
 * Rewrites every link and image of a body while it is rendered (no second pass over the
 * HTML): links to other content files become relative addresses of their pages, images
 * and attachments relative addresses of their copies, and anything that would run script
 * ({@code javascript:}, {@code data:}) is dropped. Broken targets are reported with their line.
 */
final class BodyLinks implements HtmlRenderer.HtmlRendererExtension {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern SAFE_SCHEME = Pattern.compile("^(https?|mailto|tel|ftp):", Pattern.CASE_INSENSITIVE);

    static BodyLinks create() {
        return new BodyLinks();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.linkResolverFactory(new IndependentLinkResolverFactory() {
            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return BodyLinks::resolve;
            }
        });
        builder.nodeRendererFactory(options -> new RawHtmlLinks());
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return (node, part, attributes) -> attributes(context, node, part, attributes);
            }
        });
    }

    /**
     * Raw HTML written in Markdown ({@code <img src="media/a.jpg">}) gets the same link
     * treatment as Markdown links: resolved, checked, made relative. Jsoup cleans it after.
     */
    static final class RawHtmlLinks implements NodeRenderer {
        private static final Pattern URL_ATTRIBUTE = Pattern.compile(
                "(?i)\\b(src|href)(\\s*=\\s*)(\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))");
        private static final Pattern IMG = Pattern.compile("(?i)<img\\b[^>]*>");
        private static final Pattern ALT = Pattern.compile("(?i)\\balt\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))");
        private static final Pattern RESPONSIVE = Pattern.compile(
                "(?i)\\s(srcset|sizes)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>\"']+)");

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Image.class, (node, context, html) -> {
                        if (leftOut(node, context)) {
                            html.text(node.getText().toString()); // its alt text: the picture is not published
                        } else {
                            context.delegateRender();
                        }
                    }),
                    new NodeRenderingHandler<>(HtmlBlock.class, (node, context, html) -> {
                        html.line();
                        html.rawPre(rewrite(node.getContentChars().normalizeEOL(), context));
                        html.line();
                    }),
                    new NodeRenderingHandler<>(HtmlInline.class, (node, context, html) ->
                            html.rawPre(rewrite(node.getChars().normalizeEOL(), context))));
        }

        /** An image of a picture that is not published (warned about where photos are made). */
        private static boolean leftOut(Image node, NodeRendererContext context) {
            return leftOut(node.getUrl().unescape(), context);
        }

        private static boolean leftOut(String written, NodeRendererContext context) {
            MarkdownEngine.BodyContext body = MarkdownEngine.CONTEXT.get(context.getDocument());
            String url = written.strip();
            if (url.isEmpty() || SCHEME.matcher(url).find() || url.startsWith("/")) {
                return false;
            }
            int cut = firstOf(url, '#', '?');
            return ContentPaths.resolve(body.sourceFolder, cut < 0 ? url : url.substring(0, cut))
                    .filter(body.targets::isLeftOut).isPresent();
        }

        /**
         * Links resolved, and each {@code <img>} (as WPS and Word paste it) treated as a Markdown
         * image: a photo gets its copies' srcset and sizes (any written are replaced), a picture
         * that is not published becomes its alt text.
         */
        private static String rewrite(String raw, NodeRendererContext context) {
            Matcher img = IMG.matcher(raw);
            StringBuilder out = new StringBuilder(raw.length());
            int last = 0;
            while (img.find()) {
                out.append(links(raw.substring(last, img.start()), context, src -> { }));
                out.append(image(img.group(), context));
                last = img.end();
            }
            return out.append(links(raw.substring(last), context, src -> { })).toString();
        }

        private static String image(String tag, NodeRendererContext context) {
            Matcher src = URL_ATTRIBUTE.matcher(tag);
            while (src.find()) {
                if (src.group(1).equalsIgnoreCase("src") && leftOut(Escaping.unescapeHtml(value(src)), context)) {
                    Matcher alt = ALT.matcher(tag);
                    return alt.find() ? Escaping.escapeHtml(Escaping.unescapeHtml(value(alt)), false) : "";
                }
            }
            String[] resolved = new String[1];
            String rewritten = links(tag, context, s -> resolved[0] = s);
            MarkdownEngine.BodyContext body = MarkdownEngine.CONTEXT.get(context.getDocument());
            Photo photo = resolved[0] == null ? null : body.photoBySrc.get(resolved[0]);
            if (photo == null || photo.variants().size() < 2) {
                return rewritten;
            }
            String bare = RESPONSIVE.matcher(rewritten).replaceAll("");
            int end = bare.endsWith("/>") ? bare.length() - 2 : bare.length() - 1;
            return bare.substring(0, end).stripTrailing() + " srcset=\"" + Escaping.escapeHtml(srcset(body.pageAddress, photo), true)
                    + "\" sizes=\"" + BODY_SIZES + "\"" + bare.substring(end);
        }

        /** {@code raw} with its src and href resolved; {@code src} told each src as resolved. */
        private static String links(String raw, NodeRendererContext context, java.util.function.Consumer<String> src) {
            Matcher m = URL_ATTRIBUTE.matcher(raw);
            StringBuilder out = new StringBuilder(raw.length());
            while (m.find()) {
                LinkType type = m.group(1).equalsIgnoreCase("src") ? LinkType.IMAGE : LinkType.LINK;
                String resolved = context.resolveLink(type, Escaping.unescapeHtml(value(m)), null).getUrl();
                if (type == LinkType.IMAGE) {
                    src.accept(resolved);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "=\"" + Escaping.escapeHtml(resolved, true)
                        + "\""));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** An attribute's value as written: double-quoted, single-quoted or bare (groups 4, 5, 6 or 2, 3, 4). */
        private static String value(Matcher m) {
            int first = m.groupCount() - 2;
            return m.group(first) != null ? m.group(first) : m.group(first + 1) != null ? m.group(first + 1)
                    : m.group(first + 2);
        }
    }

    private static void attributes(LinkResolverContext context, Node node, AttributablePart part,
                                   MutableAttributes attributes) {
        if (node instanceof Heading && part == AttributablePart.NODE) {
            String id = MarkdownEngine.CONTEXT.get(context.getDocument()).headingIds.get(node);
            if (id != null) {
                attributes.replaceValue("id", id);
            }
        }
        if (node instanceof Image && attributes.contains("src")) {
            MarkdownEngine.BodyContext body = MarkdownEngine.CONTEXT.get(context.getDocument());
            Photo photo = body.photoBySrc.get(attributes.getValue("src"));
            if (photo != null && photo.variants().size() > 1) {
                attributes.replaceValue("srcset", srcset(body.pageAddress, photo));
                attributes.replaceValue("sizes", BODY_SIZES);
            }
        }
        if (node instanceof TableCell cell && cell.getAlignment() != null) {
            // HTML 5 dropped align; a class rather than style="text-align", so that the cleaner
            // can keep our alignment without letting styles from raw HTML through
            attributes.remove("align");
            attributes.addValue("class", "align-" + cell.getAlignment().name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A body is at most 800 px wide (style.css), the full width of a phone below that: the
     * browser takes the narrowest copy that fills it at the screen's density.
     */
    static final String BODY_SIZES = "(max-width: 840px) 100vw, 800px";

    /** Every copy of {@code photo} as {@code srcset} lists them, relative to the page. */
    static String srcset(String pageAddress, Photo photo) {
        StringBuilder out = new StringBuilder();
        for (Photo.Variant v : photo.variants()) {
            out.append(out.isEmpty() ? "" : ", ").append(Addresses.relative(pageAddress, v.address()))
                    .append(' ').append(v.width()).append('w');
        }
        return out.toString();
    }

    private static ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        MarkdownEngine.BodyContext body = MarkdownEngine.CONTEXT.get(context.getDocument());
        String url = link.getUrl().strip();
        if (link.getLinkType() == LinkType.LINK_REF || link.getLinkType() == LinkType.IMAGE_REF) {
            // a reference without a definition ([1], [注], 京政发[2024]3号): flexmark asks whether
            // we know it; we do not, so it stays text, as CommonMark says
            return link;
        }
        boolean image = link.getLinkType() == LinkType.IMAGE;
        boolean scheme = SCHEME.matcher(url).find();
        // an autolink is never a site file (a bare www.… has no scheme), but <JAVASCRIPT:…>,
        // <data:…> and <vbscript:…> are autolinks too: flexmark suppresses only javascript:
        if (url.isEmpty() || url.startsWith("#") || node instanceof MailLink || node instanceof AutoLink && !scheme) {
            return link.withStatus(LinkStatus.VALID);
        }
        if (url.startsWith("//") || scheme) {
            if (SAFE_SCHEME.matcher(url).find() || url.startsWith("//")) {
                return link.withStatus(LinkStatus.VALID);
            }
            body.problems.warning(body.positionOf(node), "markdown/unsafe-link",
                    "链接“" + shorten(url) + "”可能运行脚本，已删除：正文里只能链接 http(s):// 网址或站内文件。");
            return link.withStatus(LinkStatus.VALID).withUrl("#");
        }
        if (url.startsWith("/")) {
            body.problems.error(body.positionOf(node), "markdown/absolute-link",
                    "链接“" + url + "”以 / 开头：站内链接请写相对路径，例如 ../activities/2024-03-15-zhuti-dangri.md 或 media/图片.jpg。");
            return link.withStatus(LinkStatus.VALID).withUrl("#");
        }
        return link.withStatus(LinkStatus.VALID).withUrl(internal(body, node, url, image));
    }

    private static String internal(MarkdownEngine.BodyContext body, Node node, String url, boolean image) {
        int cut = firstOf(url, '#', '?');
        String path = cut < 0 ? url : url.substring(0, cut);
        String fragment = cut >= 0 && url.charAt(cut) == '#' ? url.substring(cut) : "";
        Optional<String> resolved = ContentPaths.resolve(body.sourceFolder, path);
        if (resolved.isEmpty()) {
            body.problems.error(body.positionOf(node), "markdown/path-outside",
                    "链接“" + url + "”指向了 content/ 之外：图片和附件请放进 content/media/，用 media/… 引用。");
            return "#";
        }
        String target = resolved.get();
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            Optional<String> page = body.targets.page(target);
            if (page.isPresent() && !image) {
                return Addresses.relative(body.pageAddress, page.get()) + fragment;
            }
            if (body.targets.isUnreadable(target)) {
                return "#"; // that file's own error is reported; the build stops on it
            }
            if (body.targets.isOffPortal(target)) {
                body.problems.error(body.positionOf(node), "markdown/off-portal-link",
                        "链接指向的通知“" + url + "”只在屏幕上显示，门户网站上没有它的页面：请去掉这个链接，"
                                + "或在那条通知的 front matter 里加一行 portal: true。");
                return "#";
            }
            body.problems.error(body.positionOf(node), "markdown/broken-link",
                    "链接指向的页面“" + url + "”不存在（或不会发布）：请检查文件名是否改过，或改成现有的 .md 文件。");
            return "#";
        }
        if (body.targets.isAsset(target)) {
            if (image && body.firstPicture == null) {
                body.firstPicture = target;
            }
            String src = Addresses.relative(body.pageAddress, Addresses.asset(target)) + fragment;
            if (image) {
                body.targets.photo(target).ifPresent(photo -> body.photoBySrc.put(src, photo));
            }
            return src;
        }
        body.problems.error(body.positionOf(node), "markdown/missing-file",
                (image ? "找不到图片“" : "找不到文件“") + url + "”（应在 content/" + target
                        + "）：请把文件复制到那里，或改正路径和文件名（注意大小写和扩展名）。");
        return "#";
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String shorten(String url) {
        return url.length() > 40 ? url.substring(0, 40) + "…" : url;
    }
}
