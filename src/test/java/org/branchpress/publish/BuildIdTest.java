package org.branchpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The build id (build-id.js) is made of every file's {@link FileDigest}: screens reload when it
 * changes, so it must change with any byte of the output and stay put when nothing changed.
 * Seeded loops over random files, so a failure can be replayed.
 */
class BuildIdTest {
    private static final long SEED = 20261202L;

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    @Test
    void everyChangeOfOneByteChangesTheFileDigest() {
        Random random = new Random(SEED);
        for (int round = 0; round < 2000; round++) {
            byte[] file = randomBytes(random, 1 + random.nextInt(20_000));
            byte[] changed = file.clone();
            int at = random.nextInt(file.length);
            changed[at] = (byte) (file[at] ^ (1 + random.nextInt(255)));
            assertThat(FileDigest.of(changed)).as("round %d, byte %d of %d", round, at, file.length)
                    .isNotEqualTo(FileDigest.of(file));
        }
    }

    @Test
    void everyChangeWithinEightBytesChangesTheFileDigest() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < 2000; round++) {
            byte[] file = randomBytes(random, 8 + random.nextInt(20_000));
            byte[] changed = file.clone();
            int from = random.nextInt(file.length - 7);
            changed[from] ^= (byte) (1 + random.nextInt(255)); // the burst's first byte always changes
            for (int i = from + 1; i < from + 8; i++) {
                changed[i] ^= (byte) random.nextInt(256);
            }
            assertThat(FileDigest.of(changed)).as("round %d, bytes %d–%d", round, from, from + 7)
                    .isNotEqualTo(FileDigest.of(file));
        }
    }

    @Test
    void aFileOneByteLongerOrShorterHasAnotherDigest() {
        Random random = new Random(SEED + 2);
        for (int round = 0; round < 1000; round++) {
            byte[] file = randomBytes(random, 1 + random.nextInt(5_000));
            byte[] longer = java.util.Arrays.copyOf(file, file.length + 1); // a zero byte appended
            byte[] shorter = java.util.Arrays.copyOf(file, file.length - 1);
            assertThat(FileDigest.of(longer)).as("round %d, longer", round).isNotEqualTo(FileDigest.of(file));
            assertThat(FileDigest.of(shorter)).as("round %d, shorter", round).isNotEqualTo(FileDigest.of(file));
        }
    }

    /** A site of a few random files: address → bytes, in the order made. */
    private static Map<String, byte[]> randomSite(Random random) {
        Map<String, byte[]> site = new LinkedHashMap<>();
        int files = 1 + random.nextInt(30);
        for (int i = 0; i < files; i++) {
            site.put("section" + random.nextInt(5) + "/page-" + i + ".html", randomBytes(random, random.nextInt(3_000)));
        }
        return site;
    }

    private static String idOf(Map<String, byte[]> site) {
        Map<String, byte[]> digests = new LinkedHashMap<>();
        site.forEach((address, bytes) -> digests.put(address, FileDigest.of(bytes)));
        return SiteWriter.contentId(digests);
    }

    @Test
    void theSameFilesWrittenInAnyOrderGiveTheSameId() {
        Random random = new Random(SEED + 3);
        for (int round = 0; round < 300; round++) {
            Map<String, byte[]> site = randomSite(random);
            List<String> order = new ArrayList<>(site.keySet());
            Collections.shuffle(order, random);
            Map<String, byte[]> again = new LinkedHashMap<>();
            order.forEach(address -> again.put(address, site.get(address).clone()));
            assertThat(idOf(again)).as("round %d", round).isEqualTo(idOf(site)).matches("[0-9a-f]{16}");
        }
    }

    @Test
    void aChangedByteARenamedFileOrAnAddedFileChangesTheId() {
        Random random = new Random(SEED + 4);
        for (int round = 0; round < 300; round++) {
            Map<String, byte[]> site = randomSite(random);
            String id = idOf(site);
            List<String> addresses = new ArrayList<>(site.keySet());
            String victim = addresses.get(random.nextInt(addresses.size()));

            Map<String, byte[]> edited = new LinkedHashMap<>(site);
            byte[] bytes = site.get(victim);
            byte[] changed = bytes.length == 0 ? new byte[] {1} : bytes.clone();
            if (bytes.length > 0) {
                int at = random.nextInt(bytes.length);
                changed[at] = (byte) (bytes[at] ^ (1 + random.nextInt(255)));
            }
            edited.put(victim, changed);
            assertThat(idOf(edited)).as("round %d, %s edited", round, victim).isNotEqualTo(id);

            Map<String, byte[]> renamed = new LinkedHashMap<>(site);
            renamed.put("moved/" + victim, renamed.remove(victim));
            assertThat(idOf(renamed)).as("round %d, %s renamed", round, victim).isNotEqualTo(id);

            Map<String, byte[]> added = new LinkedHashMap<>(site);
            added.put("extra.txt", "x".getBytes(StandardCharsets.UTF_8));
            assertThat(idOf(added)).as("round %d, a file added", round).isNotEqualTo(id);
        }
    }
}
