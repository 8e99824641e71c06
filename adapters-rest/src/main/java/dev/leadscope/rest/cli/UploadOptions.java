package dev.leadscope.rest.cli;

import dev.leadscope.rest.imports.cli.RemoteImport;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Option;

/** How commands that send files to a running service ({@code import --url}, {@code simulate --load-into}) cut and time their uploads. */
public final class UploadOptions {
    @Option(names = "--upload-size", paramLabel = "SIZE", defaultValue = "8MB",
            description = "With a service URL: at most this much file content per upload (bytes, or with KB, MB, GB); larger files are "
                    + "sent in several uploads, cut between records. Keep it below the service's micronaut.server.max-request-size "
                    + "(16MB by default). Default: ${DEFAULT-VALUE}")
    String size;

    @Option(names = "--upload-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "With a service URL: seconds one upload may wait for the service's answer (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    /** The client for the service at {@code url} with these settings. */
    RemoteImport client(URI url, String apiKey) {
        return new RemoteImport(url, apiKey, bytes(size), Duration.ofSeconds(timeoutSeconds));
    }

    /** {@code 123}, {@code 64KB}, {@code 8MB} or {@code 1GB} in bytes (binary multiples, as the service reads its limit). */
    static long bytes(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        for (String[] suffix : new String[][] {{"KB", "10"}, {"MB", "20"}, {"GB", "30"}}) {
            if (t.endsWith(suffix[0])) {
                unit = 1L << Integer.parseInt(suffix[1]);
                t = t.substring(0, t.length() - 2).trim();
                break;
            }
        }
        try {
            long n = Long.parseLong(t);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("--upload-size: not a positive size such as 8MB: '" + text + "'");
        }
    }
}
