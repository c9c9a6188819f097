package org.branchpress.publish;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The digest of one file of the site, which the build id and the build cache's file names are
 * made of: its length and two CRCs of its bytes (CRC-32C and CRC-32, whose polynomials share no
 * factor). Two files of the same length get the same digest only when the difference of their
 * bytes is a multiple of both polynomials, so any change within 64 consecutive bits, and so any
 * change of one byte, always gives another digest, and other changes do but once in 2^64.
 *
 * <p>Why not SHA-256: nobody forges our own output, and SHA-256 is fast only where the JIT's
 * second compiler has its intrinsic; the launcher runs the first compiler alone (C2's threads
 * cost more than they gain on two cores), where SHA-256 of every output file was an eighth of a
 * build's time. Both CRCs are intrinsics of C1 as well (several GB/s).
 */
public final class FileDigest {
    /** Bytes in a digest. */
    public static final int LENGTH = 16;

    private FileDigest() {
    }

    /** The digest of these bytes: CRC-32C, CRC-32 and the length, big-endian. */
    public static byte[] of(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        long high = c.getValue() << 32 | d.getValue();
        long length = bytes.length;
        byte[] out = new byte[LENGTH];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (high >>> (56 - 8 * i));
            out[8 + i] = (byte) (length >>> (56 - 8 * i));
        }
        return out;
    }
}
