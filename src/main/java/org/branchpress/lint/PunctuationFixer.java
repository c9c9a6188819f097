package org.branchpress.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;

import org.branchpress.lint.HalfwidthPunctuation.Spot;
import org.branchpress.source.AtomicFiles;
import org.branchpress.source.SourceFile;

/**
 * {@code check --fix}: turns the half-width marks that {@code lint/halfwidth-punctuation}
 * reports into their full-width forms, in place, and changes nothing else.
 *
 * <p>The places are those the lint found in the build's one parse of the body; they are
 * applied to the text read at the start of the check, and the file is written back in the
 * {@linkplain org.branchpress.source.TextForm form} it had: the UTF-8 byte-order mark and CR LF
 * or CR line ends are kept, and every other byte is as it was. A second run finds nothing to
 * change.
 */
public final class PunctuationFixer {
    private PunctuationFixer() {
    }

    /**
     * Fixes one file on disk (via a temporary file and a rename: a full disk leaves it as it
     * was), and says how many marks it replaced: 0 when there was nothing to change and the
     * file was not touched.
     */
    public static int fix(Linted linted) throws IOException {
        if (linted.spots().isEmpty()) {
            return 0;
        }
        SourceFile source = linted.source();
        String text = source.text();
        StringBuilder out = new StringBuilder(text);
        int bodyStart = text.length() - linted.bodyLength();
        for (Spot spot : linted.spots()) {
            int at = bodyStart + spot.offset();
            if (out.charAt(at) != spot.halfwidth()) {
                throw new IllegalStateException(source.display() + ": the lint's place " + at + " is no half-width mark");
            }
            out.setCharAt(at, spot.fullwidth());
        }
        byte[] read = source.form().encode(text);
        if (!Arrays.equals(Files.readAllBytes(source.path()), read)) {
            throw new ChangedSinceRead();
        }
        AtomicFiles.write(source.path(), source.form().encode(out.toString()));
        return linted.spots().size();
    }

    /**
     * The file on disk is no longer what the check read (saved again from an editor while the
     * check ran): writing the fix would undo that edit, so the file is left alone.
     */
    public static final class ChangedSinceRead extends IOException {
        public ChangedSinceRead() {
            super("这个文件在检查期间又被保存过（可能正在编辑器或 WPS 里修改），为了不覆盖新的内容，标点没有修正，"
                    + "文件保持新保存的样子：请保存并关闭文件后重新运行 check --fix。");
        }
    }
}
