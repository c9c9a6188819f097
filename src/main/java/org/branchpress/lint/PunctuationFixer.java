package org.branchpress.lint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.branchpress.source.AtomicFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vladsch.flexmark.parser.Parser;
import org.branchpress.content.Document;
import org.branchpress.content.FrontMatter;
import org.branchpress.lint.HalfwidthPunctuation.Spot;
import org.branchpress.problem.Problems;
import org.branchpress.source.SourceFile;

/**
 * {@code check --fix}: turns the half-width marks that {@code lint/halfwidth-punctuation}
 * reports into their full-width forms, in place, and changes nothing else.
 *
 * <p>Each file is read again from disk, because {@link SourceFile#text()} has lost what must be
 * kept: the UTF-8 byte-order mark and CR LF or CR line ends. The places are found in the fresh
 * text exactly as the rule finds them, mapped back to the raw characters, and only those
 * characters are replaced; every other byte is written back as it was. A second run finds
 * nothing to change.
 */
public final class PunctuationFixer {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Parser parser = ParsedBody.newParser();

    /**
     * A file that was changed.
     *
     * @param file  the path as problems print it ({@code content/cases/a.md})
     * @param count how many marks were replaced
     */
    public record Fixed(String file, int count) {
    }

    /** A file that could not be changed, and why. */
    public record Failed(String file, String reason) {
    }

    /** What one run changed and what it could not. */
    public record Outcome(List<Fixed> fixed, List<Failed> failed) {
    }

    /** Fixes every document's file, in path order. */
    public Outcome fix(List<Document> documents) {
        List<Fixed> fixed = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        List<SourceFile> sources = documents.stream().map(Document::source)
                .sorted(Comparator.comparing(SourceFile::display)).toList();
        for (SourceFile source : sources) {
            try {
                fix(source).ifPresent(fixed::add);
            } catch (IOException e) {
                failed.add(new Failed(source.display(), e.getMessage()));
            }
        }
        return new Outcome(List.copyOf(fixed), List.copyOf(failed));
    }

    /** Fixes one file on disk; empty when there was nothing to change. */
    public Optional<Fixed> fix(SourceFile source) throws IOException {
        byte[] bytes = Files.readAllBytes(source.path());
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        String raw;
        try {
            raw = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0)))
                    .toString();
        } catch (CharacterCodingException e) {
            return Optional.empty(); // no longer UTF-8 since check read it: check reports it
        }
        StringBuilder text = new StringBuilder(raw.length());
        int[] rawIndex = new int[raw.length() + 1];
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                c = '\n';
            }
            rawIndex[text.length()] = i;
            text.append(c);
        }
        SourceFile fresh = new SourceFile(source.relative(), source.display(), source.path(), text.toString(),
                source.kind());
        Optional<FrontMatter> split = FrontMatter.split(fresh, new Problems());
        if (split.isEmpty()) {
            return Optional.empty();
        }
        String body = split.get().body().markdown();
        int bodyStart = text.length() - body.length();
        StringBuilder out = new StringBuilder(raw);
        int count = 0;
        for (Spot spot : HalfwidthPunctuation.spots(ParsedBody.parse(parser, body))) {
            int at = rawIndex[bodyStart + spot.offset()];
            if (out.charAt(at) == spot.halfwidth()) {
                out.setCharAt(at, spot.fullwidth());
                count++;
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        byte[] encoded = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[encoded.length + (bom ? 3 : 0)];
        if (bom) {
            System.arraycopy(BOM, 0, result, 0, 3);
        }
        System.arraycopy(encoded, 0, result, bom ? 3 : 0, encoded.length);
        AtomicFiles.write(source.path(), result); // a full disk leaves the file as it was
        return Optional.of(new Fixed(source.display(), count));
    }
}
