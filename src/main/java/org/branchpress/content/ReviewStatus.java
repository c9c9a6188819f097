package org.branchpress.content;

import java.util.Arrays;
import java.util.Optional;

/** Where an item stands in the branch's review (审核) and sign-off (签发). */
public enum ReviewStatus {
    DRAFT("draft", "草稿"), REVIEW("review", "待审核"), APPROVED("approved", "已签发");

    private final String key;
    private final String label;

    ReviewStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<ReviewStatus> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
