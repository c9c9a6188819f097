package org.branchpress.importer;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.jsoup.nodes.Element;

/** A picture of a saved page: copied when it was saved beside the page, else why not, for the warning. */
record SavedPicture(Optional<Draft.Image> image, String problem) {
    /**
     * @throws IOException for a picture beside the page that cannot be read, or is over
     *                     {@link HtmlDraft#MAX_PICTURE_BYTES}
     */
    static SavedPicture of(Element img, Path dir) throws IOException {
        String src = img.hasAttr("src") ? img.attr("src") : img.attr("data-src"); // WeChat loads pictures late
        String what = "图片“" + (src.isEmpty() ? img.attr("alt") : src) + "”";
        if (src.isEmpty() || src.startsWith("http:") || src.startsWith("https:") || src.startsWith("data:")
                || src.startsWith("//")) {
            return none(what + "不在保存的网页文件夹里（只在网上），没有导入：请把图片另存到电脑上，放进 content/media/ 后在正文里引用。");
        }
        Path file;
        try {
            file = dir.resolve(URLDecoder.decode(src.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        } catch (IllegalArgumentException e) {
            file = null; // a broken %-escape, or a name no file can have (InvalidPathException)
        }
        // Only what was saved with the page: a link out of its folder is not followed.
        if (file == null || !file.startsWith(dir) || !Files.isRegularFile(file) || !file.toRealPath().startsWith(dir.toRealPath())) {
            return none(what + "在网页旁边的文件夹里找不到，没有导入：保存网页时请选“网页，全部”，或者把图片放进 content/media/ 后在正文里引用。");
        }
        long size = Files.size(file);
        if (size > HtmlDraft.MAX_PICTURE_BYTES) {
            throw new IOException("图片“" + file.getFileName() + "”有 " + Importer.megabytes(size) + " MB，超过 "
                    + HtmlDraft.MAX_PICTURE_BYTES / 1024 / 1024 + " MB 的上限");
        }
        return new SavedPicture(Optional.of(new Draft.Image(file.getFileName().toString(), Files.readAllBytes(file),
                img.attr("alt"))), "");
    }

    private static SavedPicture none(String problem) {
        return new SavedPicture(Optional.empty(), problem);
    }
}
