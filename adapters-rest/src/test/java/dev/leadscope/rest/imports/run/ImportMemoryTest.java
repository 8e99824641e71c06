package dev.leadscope.rest.imports.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.rest.imports.bench.ImportBenchData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports stream: a file several times larger than the heap imports in a child JVM with a 40 MB heap. */
class ImportMemoryTest {
    private static final int EVENTS = 60_000;

    @TempDir
    Path dir;

    @Test
    void aFileOfAbout65MbImportsWithA40MbHeap() throws Exception {
        Path mapping = ImportBenchData.write(dir, EVENTS, 500, 1_000, 7);
        assertThat(Files.size(dir.resolve("events.csv"))).isGreaterThan(60L << 20);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = dir.resolve("child.out");
        Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx40m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), StreamingImportMain.class.getName(), mapping.toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();

        boolean done = child.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            child.destroyForcibly();
        }

        String out = read(output);
        assertThat(done).as("child finished: %s", out).isTrue();
        assertThat(child.exitValue()).as("child exit code; output: %s", out).isZero();
        assertThat(out).contains("events " + EVENTS);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
