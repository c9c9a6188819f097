package org.branchpress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.branchpress.content.CaseStudy;
import org.branchpress.content.HonorRoll;
import org.branchpress.content.Slugs;
import org.branchpress.print.OnePage;
import org.branchpress.print.PdfMaker;
import org.branchpress.problem.Problems;
import org.branchpress.problem.PublishException;
import org.branchpress.problem.SourcePosition;
import org.branchpress.publish.OutputFolder;
import org.branchpress.render.Prints;
import org.branchpress.settings.Member;
import org.branchpress.site.Asset;
import org.branchpress.site.Item;
import org.branchpress.site.SiteModel;
import org.branchpress.site.TargetSheet;
import org.branchpress.source.AtomicFiles;

/**
 * The last stages of {@code print}, after the model: choose what to print from it, render the
 * print templates, make the PDF, write each file whole (a temporary file renamed into place).
 * A choice that names nothing (a file, a series, a year, a target) is refused with what there is.
 */
final class Printing {
    /** The WeChat picture's resolution. */
    static final int PNG_DPI = 150;

    private final SiteModel model;
    private final Prints prints;
    private final PdfMaker maker;
    private final Path content;
    private final String base;

    /** What printing found to say besides the files: pictures left out of the brochure. */
    private final Problems warnings = new Problems();

    /** The warnings of the last {@link #make}. */
    List<org.branchpress.problem.Problem> warnings() {
        return warnings.sorted();
    }

    Printing(SiteModel model, Prints prints, PdfMaker maker, Path content) {
        this.model = model;
        this.prints = prints;
        this.maker = maker;
        this.content = content;
        this.base = content.toAbsolutePath().normalize().toUri().toString();
    }

    /** The files to write, by name, in the order they are written. */
    Map<String, byte[]> make(PrintJob job) {
        if (job instanceof PrintJob.Poster p) {
            return poster(p);
        }
        if (job instanceof PrintJob.Brochure b) {
            checkPhotos(year(b.year()));
            String html = prints.brochure(b.year(), (c, picture) -> warnings.warning(where(c, picture),
                    "print/undrawable-picture", "画册里无法排入这张图片（" + picture.address().substring(
                            picture.address().lastIndexOf('/') + 1) + "，" + format(picture) + " 格式），印出的画册里这篇案例没有它："
                            + "请在看图软件里另存为 JPG 或 PNG，并在正文里改用新文件。"));
            return Map.of("brochure-" + b.year() + ".pdf", maker.pdf(html, base));
        }
        return notice((PrintJob.Notice) job);
    }

    private Map<String, byte[]> poster(PrintJob.Poster p) {
        Item<HonorRoll> roll = p.file().isPresent() ? rollOfFile(p.file().get()) : newestOf(p.kind().orElseThrow());
        checkPhotos(roll);
        Prints.Paper paper = p.a3() ? Prints.Paper.A3 : Prints.Paper.A4;
        byte[] pdf = OnePage.fit(scale -> prints.poster(roll, paper, p.landscape(), scale), base, maker)
                .orElseThrow(() -> new PublishException("光荣榜“" + roll.title() + "”有 " + roll.document().entries().size()
                        + " 项，" + paper + (p.landscape() ? " 横版" : "") + "一张纸放不下："
                        + (p.a3() ? "请分成几期印制。" : "请加上 --size A3，或分成几期印制。"), null));
        String name = "poster-" + slug(roll) + (p.a3() ? "-a3" : "") + (p.landscape() ? "-landscape" : "");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(name + ".pdf", pdf);
        files.put(name + ".png", PdfMaker.png(pdf, PNG_DPI));
        return files;
    }

    private static String slug(Item<HonorRoll> roll) {
        return roll.document().meta().slug();
    }

    /** The published roll of {@code typed}: relative to the content folder, or with it in front. */
    private Item<HonorRoll> rollOfFile(String typed) {
        String rel = typed.replace('\\', '/');
        String folder = content.toAbsolutePath().normalize().getFileName() + "/";
        Path asTyped = Path.of(typed).toAbsolutePath().normalize();
        Path root = content.toAbsolutePath().normalize();
        if (asTyped.startsWith(root) && Files.exists(asTyped)) {
            rel = root.relativize(asTyped).toString().replace('\\', '/');
        } else if (rel.startsWith(folder)) {
            rel = rel.substring(folder.length());
        }
        String wanted = rel;
        Optional<Item<HonorRoll>> found = model.honors().stream()
                .filter(h -> h.document().source().relative().equals(wanted)).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        String known = model.honors().stream().map(h -> h.document().source().relative()).sorted()
                .collect(Collectors.joining("、"));
        if (Files.isRegularFile(root.resolve(wanted))) {
            throw new PublishException("“" + typed + "”不是已发布的光荣榜：光荣榜放在 honors/ 里，草稿（draft: true）、"
                    + "未签发或没有通过保密审查的榜单不能印制。已发布的光荣榜有：" + or(known) + "。", null);
        }
        throw new PublishException("找不到光荣榜文件“" + typed + "”：请写内容文件夹里的路径，例如 "
                + (known.isEmpty() ? "honors/2025-niandu.md" : known.split("、")[0]) + "。已发布的光荣榜有：" + or(known) + "。",
                null);
    }

    private Item<HonorRoll> newestOf(String kind) {
        return model.honors().stream().filter(h -> h.document().series().equals(kind)).findFirst()
                .orElseThrow(() -> new PublishException("没有“" + kind + "”这个奖项的已发布光荣榜：请检查 --kind 后面的名字"
                        + "（光荣榜 front matter 里的 kind:）。已有的奖项：" + or(model.honors().stream()
                        .map(h -> h.document().series()).distinct().collect(Collectors.joining("、"))) + "。", null));
    }

    /** The line of the case's file that names {@code picture}, or the whole file when none does. */
    private static SourcePosition where(Item<CaseStudy> c, Asset picture) {
        String display = c.document().source().display();
        String name = picture.source().getFileName().toString();
        try {
            List<String> lines = Files.readAllLines(c.document().source().path(), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                int column = lines.get(i).indexOf(name);
                if (column >= 0) {
                    return new SourcePosition(display, i + 1, column + 1);
                }
            }
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            // the file changed since it was read: its name is still right
        }
        return SourcePosition.wholeFile(display);
    }

    private static String format(Asset picture) {
        String address = picture.address();
        return address.substring(address.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
    }

    private static String or(String list) {
        return list.isEmpty() ? "（没有）" : list;
    }

    /** A photo the PDF cannot show would leave a hole in the poster: said before it is printed. */
    private void checkPhotos(Item<HonorRoll> roll) {
        for (var e : roll.document().entries()) {
            e.photo().ifPresent(photo -> checkPicture(photo, roll.document().source().display() + ":" + e.line() + ": "
                    + e.name() + " 的照片 ", "；或者删掉 photo: 这一行，改用生成的头像。"));
        }
    }

    /** The brochure's activity photos, as the poster's. */
    private void checkPhotos(int year) {
        model.activities().stream().filter(a -> a.date().getYear() == year).forEach(a -> a.document().photos()
                .forEach(photo -> checkPicture(photo, a.document().source().display() + ": 活动照片 ",
                        "；或者从 photos: 里删掉它。")));
    }

    private void checkPicture(String photo, String where, String orElse) {
        Asset a = model.assets().get(photo);
        boolean readable;
        try {
            readable = a != null && ImageIO.read(a.source().toFile()) != null;
        } catch (IOException | RuntimeException unreadable) {
            readable = false;
        }
        if (!readable) {
            throw new PublishException(where + photo + (a == null ? " 不存在" : " 不是 JPG 或 PNG 图片，PDF 里放不了")
                    + "：请把照片另存为 JPG 或 PNG，放在 content/ 里，并改正文件名" + orElse, null);
        }
    }

    /** A year that has something to print: refused with the years that have. */
    private int year(int year) {
        List<Integer> years = prints.years();
        if (!years.contains(year)) {
            throw new PublishException(year + "年没有已发布的案例、光荣榜或活动记录，画册是空的：请检查 --year。"
                    + (years.isEmpty() ? "内容文件夹里还没有已发布的内容。"
                    : "有内容的年份：" + years.stream().map(String::valueOf).collect(Collectors.joining("、")) + "。"), null);
        }
        return year;
    }

    private Map<String, byte[]> notice(PrintJob.Notice n) {
        year(n.year());
        if (!model.settings().privacy().memberStatsOnPortal()) {
            throw new PublishException("site.yaml 里写了 privacy: {member_stats: nowhere}，个人的统计不公开，所以不印制公示："
                    + "如需公示，请先和支部商定，再把它改为 member_stats: portal。", null);
        }
        List<TargetSheet> ofYear = model.stats().targets().stream().filter(t -> t.year() == n.year()).toList();
        List<TargetSheet> sheets = ofYear;
        if (n.target().isPresent()) {
            TargetSheet sheet = ofYear.stream().filter(t -> t.target().name().equals(n.target().get())).findFirst()
                    .orElseThrow(() -> new PublishException("site.yaml 的 targets: 里没有名为“" + n.target().get()
                            + "”的目标" + (ofYear.isEmpty() ? "（" + n.year() + "年没有目标公示：目标需要 content/members.yaml）" : "")
                            + "：请检查 --target 后面的名字。已有的目标：" + or(model.settings().targets().stream()
                            .map(t -> t.name()).collect(Collectors.joining("、"))) + "。", null));
            sheets = List.of(sheet);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (TargetSheet sheet : sheets) {
            files.put("notice-" + Slugs.of(sheet.target().name()) + "-" + n.year() + ".pdf",
                    maker.pdf(prints.notice(sheet), base));
        }
        if (files.isEmpty()) {
            files.put("notice-participation-" + n.year() + ".pdf",
                    maker.pdf(prints.participation(n.year(), names(n.year())), base));
        }
        return files;
    }

    /** Who the participation 公示 lists: the roster's counted members of the year, else every name recorded. */
    private List<String> names(int year) {
        if (model.stats().roster().isPresent()) {
            return model.stats().roster().get().members().stream().filter(m -> m.status().counted())
                    .filter(m -> m.inBranchDuring(year)).map(Member::name).toList();
        }
        Set<String> names = new LinkedHashSet<>();
        model.activities().stream().filter(a -> a.date().getYear() == year).sorted(Item.NEWEST_FIRST.reversed())
                .map(Item::document).forEach(a -> {
                    a.host().ifPresent(names::add);
                    names.addAll(a.attendees());
                    names.addAll(a.speakers());
                    names.addAll(a.leave());
                    names.addAll(a.absent());
                });
        if (names.isEmpty()) {
            throw new PublishException(year + "年的活动记录都没有写参加人员名单（attendees、leave、absent），"
                    + "没有可以公示的内容：请在活动记录里写上名单，或者在 site.yaml 里设置 targets: 和 content/members.yaml。", null);
        }
        return List.copyOf(names);
    }

    /** Writes each file whole into {@code folder}, marked as print's; returns what was written. */
    static List<Path> write(Path folder, Map<String, byte[]> files) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            Path marker = folder.resolve(OutputFolder.PRINT_MARKER);
            if (!Files.exists(marker)) {
                AtomicFiles.write(marker, "branchpress print\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = folder.resolve(f.getKey().toLowerCase(Locale.ROOT));
                AtomicFiles.write(target, f.getValue());
                written.add(target);
            }
        } catch (IOException e) {
            throw new PublishException("无法写入文件夹“" + folder + "”（" + e.getMessage()
                    + "）：请检查磁盘空间和文件夹的权限；已有的文件没有改动。", e);
        }
        return written;
    }
}
