package org.branchpress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;

/** The version Maven wrote into branchpress.properties. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/branchpress.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"branchpress " + p.getProperty("version", "dev")};
    }
}
