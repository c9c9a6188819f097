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
}
