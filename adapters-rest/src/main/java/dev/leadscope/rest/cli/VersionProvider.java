package dev.leadscope.rest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of Leadscope, as the build recorded it. */
public final class VersionProvider implements IVersionProvider {

    /** The build's version, or "unknown" when run from classes that were not built by Maven. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getClassLoader().getResourceAsStream("leadscope-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"leadscope " + version(), "Java " + System.getProperty("java.version")};
    }
}
