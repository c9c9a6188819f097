package org.branchpress.cli;

import org.branchpress.problem.ContentException;
import org.branchpress.problem.PublishException;
import picocli.CommandLine;

/**
 * The exit statuses of COMMANDS.md, and the one place that turns an exception into one:
 * 1 for the user's content, settings or files, 2 for a wrong command line, 3 for a bug.
 */
final class ExitStatus implements CommandLine.IExitCodeExceptionMapper {
    static final int OK = 0;
    static final int CONTENT = 1;
    static final int USAGE = 2;
    static final int BUG = 3;

    @Override
    public int getExitCode(Throwable e) {
        if (e instanceof ContentException || e instanceof PublishException) {
            return CONTENT;
        }
        if (e instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        return BUG;
    }
}
