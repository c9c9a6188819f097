package org.branchpress.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.branchpress.problem.ContentException;
import org.branchpress.problem.Problem;
import org.branchpress.problem.Severity;

/** Checks on the command line's folders that deserve a plain message, not a stack trace. */
final class CliChecks {
    private CliChecks() {
    }

    static void requireContentFolder(Path content) {
        if (!Files.isDirectory(content)) {
            throw new ContentException(List.of(new Problem(content.toString(), 0, 0, Severity.ERROR, "cli/content",
                    "找不到内容文件夹“" + content.toAbsolutePath().normalize()
                            + "”：请在网站项目的文件夹里运行，或用 --content 指定内容文件夹。")));
        }
    }
}
