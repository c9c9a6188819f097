package org.branchpress.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.branchpress.problem.PublishException;

/**
 * The Chinese font the PDFs embed. PDFBox embeds a subset only of TrueType outlines (glyf), so
 * Debian's Noto CJK (OpenType with CFF outlines) cannot be used; the first TrueType CJK font
 * found is: the one given with {@code --font}, else Windows' own (微软雅黑, 黑体, 宋体), else
 * Debian's fonts-wqy-zenhei, fonts-droid-fallback or fonts-arphic, else macOS's.
 *
 * @param file the .ttf or .ttc file
 * @param name the font's PostScript name inside a collection (.ttc); empty for a .ttf
 */
public record CjkFont(Path file, Optional<String> name) {

    /** Where the usual TrueType CJK fonts are installed, in order of preference. */
    static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String windows = Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows");
        for (String f : List.of("msyh.ttc", "simhei.ttf", "simsun.ttc", "simkai.ttf")) {
            out.add(Path.of(windows, "Fonts", f));
        }
        for (String f : List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
                "/usr/share/fonts/truetype/arphic/uming.ttc",
                "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
                "/System/Library/Fonts/Supplemental/Songti.ttc",
                "/Library/Fonts/Arial Unicode.ttf")) {
            out.add(Path.of(f));
        }
        return out;
    }

    /**
     * The font to embed: {@code given} when there is one (refused with the reason when it cannot
     * be used), else the first usable candidate; none is a message naming what to install.
     */
    public static CjkFont find(Optional<Path> given) {
        if (given.isPresent()) {
            Path f = given.get();
            if (!Files.isRegularFile(f)) {
                throw new PublishException("找不到字体文件“" + f + "”：请检查 --font 后面的路径。", null);
            }
            return usable(f).orElseThrow(() -> new PublishException("字体文件“" + f
                    + "”不能嵌入 PDF：需要 TrueType 字体（.ttf，或其中是 TrueType 轮廓的 .ttc），而且要有中文字形。"
                    + "Noto/思源等 OpenType（CFF）字体不行。请换一个，例如 Windows 的 C:\\Windows\\Fonts\\simhei.ttf，"
                    + "或 Debian 的 /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc。", null));
        }
        return find(candidates());
    }

    static CjkFont find(List<Path> candidates) {
        for (Path f : candidates) {
            if (Files.isRegularFile(f)) {
                Optional<CjkFont> font = usable(f);
                if (font.isPresent()) {
                    return font.get();
                }
            }
        }
        throw new PublishException("没有找到可以嵌入 PDF 的中文字体（TrueType）：印刷品要把字体嵌进文件，"
                + "在哪台电脑、哪家印刷店打开都一样。Debian/Ubuntu 请运行 sudo apt-get install fonts-wqy-zenhei；"
                + "Windows 自带的黑体 C:\\Windows\\Fonts\\simhei.ttf 就可以；"
                + "也可以用 --font 指定一个 .ttf 或 .ttc 中文字体文件。", null);
    }

    /** The font in {@code file} when it has TrueType outlines and Chinese glyphs. */
    static Optional<CjkFont> usable(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".ttc")) {
                List<String> names = new ArrayList<>();
                try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
                    ttc.processAllFonts(ttf -> {
                        if (names.isEmpty() && hasChinese(ttf)) {
                            names.add(ttf.getName());
                        }
                    });
                }
                return names.stream().findFirst().map(n -> new CjkFont(file, Optional.of(n)));
            }
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                return hasChinese(ttf) ? Optional.of(new CjkFont(file, Optional.empty())) : Optional.empty();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** TrueType outlines (a glyf table, which PDFBox can subset) and a glyph for 党. */
    private static boolean hasChinese(TrueTypeFont ttf) throws IOException {
        return ttf.getGlyph() != null && ttf.getUnicodeCmapLookup(false) != null
                && ttf.getUnicodeCmapLookup(false).getGlyphId('党') > 0 && ttf.getUnicodeCmapLookup(false).getGlyphId('黨') > 0;
    }

    /** The font loaded into {@code document}, to be embedded as a subset of the glyphs it prints. */
    PDFont load(PDDocument document, List<java.io.Closeable> open) throws IOException {
        if (name.isEmpty()) {
            return PDType0Font.load(document, file.toFile());
        }
        TrueTypeCollection ttc = new TrueTypeCollection(file.toFile()); // read while the document is saved
        open.add(ttc);
        return PDType0Font.load(document, ttc.getFontByName(name.get()), true);
    }

    /** How the font is named to the user. */
    public String label() {
        return file + name.map(n -> "（" + n + "）").orElse("");
    }

}
