package dev.gleaner.samples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Supplies {@code gleaner --version} from the build's version file ({@value #RESOURCE}). */
final class VersionProvider implements CommandLine.IVersionProvider {
    static final String RESOURCE = "/dev/gleaner/samples/cli/version.properties";
    private static final String KEY = "version";
    private static final String UNKNOWN = "unknown";

    @Override
    public String[] getVersion() {
        return new String[] {"gleaner " + version(), "Java " + Runtime.version()};
    }

    /** The project version, or {@value #UNKNOWN} when the version file is missing or was not filtered. */
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty(KEY, UNKNOWN).strip();
            return value.isEmpty() || value.startsWith("${") ? UNKNOWN : value;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
