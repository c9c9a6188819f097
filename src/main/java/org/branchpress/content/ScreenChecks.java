package org.branchpress.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchpress.problem.Problems;
import org.branchpress.settings.Screen;
import org.branchpress.settings.SiteSettings;
import org.branchpress.source.AssetFile;

/**
 * What site.yaml's screens refer to must exist: the page and image of a playlist, the award
 * series of an honors item. Cases without {@code base_url} show no QR code: a warning.
 */
public final class ScreenChecks {
    private ScreenChecks() {
    }

    public static void check(SiteSettings settings, List<Document> published, Map<String, AssetFile> assets,
                             Problems problems) {
        for (Screen screen : settings.screens()) {
            for (Screen.PlaylistItem item : screen.playlist()) {
                switch (item.source()) {
                    case PAGE -> item.src().filter(src -> published.stream().noneMatch(d -> d instanceof FreePage
                            && (d.source().relative().equals(src) || d.meta().slug().equals(src))))
                            .ifPresent(src -> problems.error(item.at(), "screens/page", "屏幕“" + screen.id()
                                    + "”要播放的页面“" + src + "”不存在：请写 pages/ 里的文件，例如 pages/about.md。"));
                    case IMAGE -> item.src().ifPresent(src -> {
                        Optional<String> path = ContentPaths.resolve("", src);
                        if (path.isEmpty() || !assets.containsKey(path.get())) {
                            problems.error(item.at(), "screens/image", "屏幕“" + screen.id() + "”要播放的图片“" + src
                                    + "”找不到：请把图片放进 content/media/，并写成 media/… 这样的路径。");
                        }
                    });
                    case VIDEO -> video(screen, item, assets, problems);
                    case HONORS -> item.kind().filter(kind -> published.stream().noneMatch(d -> d instanceof HonorRoll h
                            && h.series().equals(kind))).ifPresent(kind -> problems.warning(item.at(), "screens/kind",
                            "没有奖项系列为“" + kind + "”的光荣榜，屏幕“" + screen.id() + "”的这一项暂时不会显示：请检查 kind 的写法。"));
                    case CASES -> {
                        if (settings.baseUrl().isEmpty()) {
                            problems.warning(item.at(), "screens/qr", "没有设置 base_url，屏幕“" + screen.id()
                                    + "”上的案例不会显示二维码：请在 site.yaml 写上门户的网址，例如 base_url: http://intranet.example/branch/。");
                        }
                    }
                    default -> { }
                }
            }
        }
    }

    /**
     * A video slide's file must exist and be one the players play (by its bytes); a large one
     * and one without a poster are warned about; a poster named must exist.
     */
    private static void video(Screen screen, Screen.PlaylistItem item, Map<String, AssetFile> assets,
                              Problems problems) {
        String where = "屏幕“" + screen.id() + "”要播放的视频“";
        item.src().ifPresent(src -> {
            Optional<AssetFile> file = ContentPaths.resolve("", src).map(assets::get);
            if (file.isEmpty()) {
                problems.error(item.at(), "screens/video", where + src
                        + "”找不到：请把视频放进 content/media/，并写成 media/… 这样的路径。");
                return;
            }
            try {
                VideoFiles.refusal(file.get().path()).ifPresent(why -> problems.error(item.at(), "screens/video",
                        where + src + "”不能用：" + why));
                long size = java.nio.file.Files.size(file.get().path());
                if (size > VideoFiles.LARGE_BYTES) {
                    problems.warning(item.at(), "screens/video-size", where + src + "”有 " + size / 1024 / 1024
                            + " MB，超过 " + VideoFiles.LARGE_BYTES / 1024 / 1024 + " MB：电视每轮都要从内网读取，"
                            + "便宜的播放器可能卡住。请压缩到 720p、码率 2 Mbit/s 以下。");
                }
            } catch (java.io.IOException e) {
                problems.error(item.at(), "screens/video", where + src + "”无法读取（" + e.getMessage()
                        + "）：请检查文件是否被其他程序占用。");
            }
        });
        Optional<String> poster = item.poster();
        if (poster.isEmpty()) {
            problems.warning(item.at(), "screens/poster", where + item.src().orElse("")
                    + "”没有 poster（封面图）：放不了视频的电视只显示网站名称。请加一行，例如 poster: media/dangke.jpg。");
        } else if (ContentPaths.resolve("", poster.get()).filter(assets::containsKey).isEmpty()) {
            problems.error(item.at(), "screens/poster", where + item.src().orElse("") + "”的封面图“" + poster.get()
                    + "”找不到：请把图片放进 content/media/，并写成 media/… 这样的路径。");
        }
    }
}
