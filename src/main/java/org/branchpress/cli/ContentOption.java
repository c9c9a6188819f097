package org.branchpress.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --content DIR}, the same on every command. */
final class ContentOption {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "内容文件夹（site.yaml、cases/、honors/、activities/、pages/、media/），默认：${DEFAULT-VALUE}")
    Path dir;

    /** The folder, after checking it exists (a plain message otherwise). */
    Path existing() {
        CliChecks.requireContentFolder(dir);
        return dir;
    }
}
