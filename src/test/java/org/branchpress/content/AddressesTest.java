package org.branchpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressesTest {
    @Test
    void relativeLinksClimbToTheRootAndPointAtFiles() {
        assertThat(Addresses.relative("cases/a/index.html", "honors/b/index.html")).isEqualTo("../../honors/b/index.html");
        assertThat(Addresses.relative("index.html", "cases/index.html")).isEqualTo("cases/index.html");
    }

    @Test
    void nonAsciiAndSpacesArePercentEncoded() {
        assertThat(Addresses.encodePath("media/活动 照片.jpg")).isEqualTo("media/%E6%B4%BB%E5%8A%A8%20%E7%85%A7%E7%89%87.jpg");
    }

    @Test
    void pathsNeverLeaveContent() {
        assertThat(ContentPaths.resolve("cases/", "../media/a.jpg")).contains("media/a.jpg");
        assertThat(ContentPaths.resolve("cases/", "media/a.jpg")).contains("media/a.jpg");
        assertThat(ContentPaths.resolve("cases/", "../../etc/passwd")).isEmpty();
        assertThat(ContentPaths.resolve("cases/", "/etc/passwd")).isEmpty();
    }
}
