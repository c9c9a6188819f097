package org.branchpress.cli;

import java.io.PrintWriter;
import java.util.List;

import org.branchpress.problem.Problem;

/**
 * The one place that prints problems and the summary line under them. The lines are
 * {@code path:line:column: error|warning: message} (COMMANDS.md); the summary says what the
 * command that found them did and did not do, in its own words: only a build speaks of the site.
 */
final class ProblemPrinter {
    private static final String RUN_AGAIN = "请按上面的提示修改后重新运行";

    /** A command that stopped on an error, what to do next, and what it left as it was. */
    enum Stopped {
        BUILD("构建失败", RUN_AGAIN, "原来的网站没有改动"),
        SERVE("预览没有启动", RUN_AGAIN, "原来的网站没有改动"),
        /** A rebuild inside serve: the preview goes on showing the last site that built. */
        REBUILD("没有生成新的网站", "请按上面的提示修改，保存后会自动重新生成", "预览仍显示上一次生成的网站"),
        CHECK("检查完成", RUN_AGAIN, null),
        NEW("没有新建文件", RUN_AGAIN, "没有写入任何文件"),
        IMPORT("没有导入", RUN_AGAIN, "没有写入任何文件"),
        OTHER("命令没有完成", RUN_AGAIN, "没有写入任何文件");

        private final String what;
        private final String todo;
        /** What is as it was before the command ran, or null when there is nothing to say. */
        private final String unchanged;

        Stopped(String what, String todo, String unchanged) {
            this.what = what;
            this.todo = todo;
            this.unchanged = unchanged;
        }

        /** The command of that name on the command line. */
        static Stopped command(String name) {
            return switch (name) {
                case "build" -> BUILD;
                case "serve" -> SERVE;
                case "check" -> CHECK;
                case "new" -> NEW;
                case "import" -> IMPORT;
                default -> OTHER;
            };
        }
    }

    private final PrintWriter problems;
    private final PrintWriter summary;

    /** Problems and the summary both to {@code err}, as build, serve, new and import print them. */
    ProblemPrinter(PrintWriter err) {
        this(err, err);
    }

    /** @param problems where the problem lines go (check prints them on stdout, for scripts) */
    ProblemPrinter(PrintWriter problems, PrintWriter summary) {
        this.problems = problems;
        this.summary = summary;
    }

    void print(Problem problem) {
        problems.println(problem.format());
    }

    void print(List<Problem> list) {
        list.forEach(this::print);
    }

    /**
     * A warning about a place that has no line, such as a paragraph of a Word draft; the message
     * names the place itself (第 12 段、第 2 个表格).
     */
    void warningWithoutLine(String file, String message) {
        problems.println(file + ": warning: " + message);
    }

    /** The problems that stopped a command, then what it did not do. */
    void stopped(List<Problem> list, Stopped command) {
        print(list);
        summary.println(command.what + "：发现 " + count(list) + "。" + command.todo
                + (command.unchanged == null ? "。" : "；" + command.unchanged + "。"));
    }

    /** {@code check}'s summary: how many of each, and how many are writing hints only check lists. */
    void checked(List<Problem> list, int lintOnly) {
        summary.println(list.isEmpty() ? "检查完成：没有发现问题。"
                : "检查完成：" + count(list)
                        + (lintOnly == 0 ? "。" : "（其中 " + lintOnly + " 条是写法提示，只在 check 中列出）。"));
    }

    /**
     * Under the lines of an import of several files of which some failed. One file's error line
     * says by itself that nothing was written for it.
     */
    void imported(int written, int failed) {
        summary.println("导入结束：写入了 " + written + " 个文件；" + failed
                + " 个文件没有导入（见上面的错误），没有为它们写入任何文件。");
    }

    /** "2 处错误，1 条警告" */
    static String count(List<Problem> list) {
        long errors = errors(list);
        return errors + " 处错误，" + (list.size() - errors) + " 条警告";
    }

    static long errors(List<Problem> list) {
        return list.stream().filter(Problem::isError).count();
    }
}
