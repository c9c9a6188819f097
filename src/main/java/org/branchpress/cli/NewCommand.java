package org.branchpress.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.branchpress.content.Placeholders;
import org.branchpress.content.Slugs;
import org.branchpress.problem.ContentException;
import org.branchpress.problem.Problem;
import org.branchpress.problem.Severity;
import org.branchpress.source.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code new case|honor|activity TITLE}: a file with that kind's front matter filled in. */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"新建内容文件：按类型写好 front matter（标题、今天的日期和该类型的常用字段），并打印文件路径。",
                "类型：case（典型案例）、honor（光荣榜）、activity（活动记录）。"})
public final class NewCommand implements Callable<Integer> {
    enum Kind { case_, honor, activity }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "case|honor|activity", description = "要新建的内容类型。",
            converter = KindConverter.class)
    Kind kind;

    @Parameters(index = "1", paramLabel = "TITLE", description = "标题，例如 “走进英雄营”主题党日。")
    String title;

    @picocli.CommandLine.Mixin
    ContentOption contentOption;

    @Mixin
    Today today;

    static final class KindConverter implements picocli.CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            return switch (value) {
                case "case" -> Kind.case_;
                case "honor" -> Kind.honor;
                case "activity" -> Kind.activity;
                default -> throw new CommandLineMistakes.WrongValue("类型“" + value
                        + "”不对：只能是 case（典型案例）、honor（光荣榜）或 activity（活动记录）。");
            };
        }
    }

    @Override
    public Integer call() {
        Path content = contentOption.existing();
        LocalDate day = today.day();
        String folder = switch (kind) {
            case case_ -> "cases";
            case honor -> "honors";
            case activity -> "activities";
        };
        Path file = content.resolve(folder).resolve(day + "-" + Slugs.of(title) + ".md");
        try {
            Files.createDirectories(file.getParent());
            // all of the file or none of it, and never over a file of the officer's
            AtomicFiles.createNew(file, frontMatter(day).getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            throw refused(file, "new/exists", "文件已经存在，没有覆盖：请换一个标题，或直接编辑这个文件。");
        } catch (IOException e) {
            throw refused(file, "new/write", "无法写入这个文件（" + reason(e) + "）：请检查“" + file.getParent()
                    + "”的写入权限和磁盘空间后重新运行。");
        }
        spec.commandLine().getOut().println(file);
        return ExitStatus.OK;
    }

    private static ContentException refused(Path file, String rule, String message) {
        return new ContentException(List.of(new Problem(file.toString(), 1, 1, Severity.ERROR, rule, message)));
    }

    /** The system's reason, without Java's class names (an AccessDeniedException's message is only the path). */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "没有写入权限";
        }
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
    }

    /**
     * Everything the officer must still write is a {@link Placeholders placeholder}: check and
     * build refuse the file until each is replaced, so nothing of this template is published.
     */
    private String frontMatter(LocalDate day) {
        String head = "---\ntitle: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\ndate: " + day + "\n";
        return head + switch (kind) {
            case case_ -> "source: \ntags: []\n---\n\n## 一、" + Placeholders.of("小标题") + "\n\n"
                    + Placeholders.of("正文") + "\n";
            case honor -> "kind: " + Placeholders.of("奖项系列，例如 党员之星") + "\nperiod: " + day.getYear()
                    + "年度\nentries:\n  - name: " + Placeholders.of("姓名") + "\n    unit: \n"
                    + "    citation: " + Placeholders.of("事迹") + "\n"
                    + "# 名单上方的导语可以不写；要写就写在下面一行 --- 之后。\n---\n";
            case activity -> "type: " + Placeholders.of("活动类型，例如 主题党日") + "\nlocation: \norganizer: \nhost: \n"
                    + "attendees: []\nabsent: []\ntags: []\n---\n\n" + Placeholders.of("活动纪要") + "\n";
        };
    }
}
