package dev.leadscope.rest.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in process on an H2 file database of the test's own, keeping what each command printed. */
abstract class CommandLineTest {
    @TempDir
    Path work;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** A database file of the test's own (the test configuration would otherwise give each command a fresh in-memory one). */
    String dbUrl() {
        return "jdbc:h2:file:" + work.resolve("db").resolve("leadscope") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** Runs one command; {@link #out} and {@link #err} then hold what it printed. */
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
