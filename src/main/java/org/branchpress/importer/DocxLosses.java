package org.branchpress.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a .docx had that the case cannot: each kind becomes one warning naming every place
 * ({@code 第 12 段}, {@code 第 2 个表格第 3 行第 1 列}, {@code 脚注 1}) with the words there,
 * so that the officer can find it in the draft and nothing goes missing without a word.
 */
final class DocxLosses {
    /** A kind of loss and what the warning says about it after the places. */
    enum Loss {
        HEADER("已写进文件头（date、source），正文里不再重复：请核对日期和来源。"),
        TOC("是目录，没有导入：网页会按标题自动生成目录。"),
        PLACEHOLDER("的内容控件里只有提示文字，没有导入。"),
        HIDDEN("里的隐藏文字没有导入：如需发布，请在 WPS/Word 里取消“隐藏”后再导入。"),
        EQUATION("里的公式没有导入：网页上请改成文字，或把公式截图插入正文。"),
        CHART("里的图表没有导入：请在 WPS/Word 里把图表另存为图片，放进 content/media/ 再插入正文。"),
        DIAGRAM("里的 SmartArt 图形没有导入：请把它另存为图片，放进 content/media/ 再插入正文。"),
        OBJECT("里的嵌入对象（如 Excel 表格、Visio 图）只导入了它的预览图片，对象本身没有导入。"),
        OBJECT_LOST("里的嵌入对象（如 Excel 表格、Visio 图）没有导入：请把它另存为图片后插入正文。"),
        TEXT_BOX("里文本框（或图形）中的文字放在了这一段后面：网页上没有文本框，请检查文字的位置。"),
        LINKED_PICTURE("里的图片只是链接到文稿外的文件，没有导入：请在 WPS/Word 里把图片嵌入文稿后再导入。"),
        MISSING_PICTURE("里的图片数据缺失，没有导入：请在 WPS/Word 里重新插入这张图片。"),
        PICTURE_FORMAT("里的图片是浏览器显示不了的格式（EMF、WMF 或 TIFF），复制过去了但网页上看不到：请另存为 PNG 或 JPG 替换。"),
        PICTURE_IN_TABLE("里的图片放在了这个表格的后面：Markdown 表格里放不下图片。"),
        PICTURE_IN_NOTE("里的图片没有导入：脚注里放不下图片。"),
        SYMBOL("里有用符号字体插入的特殊符号，没有导入：请核对原文，改用普通字符。"),
        INTERNAL_LINK("里指向文稿内书签的链接只保留了文字：网页上没有这些书签。"),
        LOCAL_LINK("里的链接不是网址（例如本机文件），只保留了文字。"),
        MISSING_NOTE("引用的脚注或尾注在文稿里找不到内容。"),
        REVISIONS("有没有处理的修订：按“接受所有修订”导入，删除的文字没有导入，请核对。"),
        COMMENTS("里的批注没有导入。");

        final String message;

        Loss(String message) {
            this.message = message;
        }
    }

    /** Places listed in one warning; more are counted. */
    static final int PLACES = 8;

    /** In the order of the kinds above: the header first, the document-wide notes last. */
    private final Map<Loss, List<String>> places = new EnumMap<>(Loss.class);

    /**
     * @param where  {@code 第 12 段}
     * @param detail the words that were there, when they are not in the Markdown, or empty
     */
    void add(Loss loss, String where, String detail) {
        String place = detail.isBlank() ? where : where + "（“" + shorten(detail.strip(), 120) + "”）";
        List<String> list = places.computeIfAbsent(loss, k -> new ArrayList<>());
        if (!list.contains(place)) {
            list.add(place);
        }
    }

    boolean has(Loss loss) {
        return places.containsKey(loss);
    }

    List<String> warnings() {
        List<String> out = new ArrayList<>();
        places.forEach((loss, list) -> {
            String shown = String.join("、", list.subList(0, Math.min(PLACES, list.size())));
            if (list.size() > PLACES) {
                shown += " 等 " + list.size() + " 处";
            }
            out.add(shown + loss.message);
        });
        return out;
    }

    static String shorten(String text, int length) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.codePointCount(0, flat.length()) <= length ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, length)) + "……";
    }
}
