package dev.leadscope.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The built service jar, started as a user starts it ({@code java -jar leadscope.jar serve}), on a free port. */
final class LeadscopeProcess implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(120);

    /** Admin keys already made per database, so a restarted service on the same data is called with the same key. */
    private static final Map<String, String> ADMIN_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Process process;
    private final Path log;
    final int port;
    final URI base;
    /** An admin key of the default workspace, made with {@code leadscope keys create} as an operator does. */
    final String adminKey;

    private LeadscopeProcess(Process process, Path log, int port, String adminKey) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.base = URI.create("http://127.0.0.1:" + port);
        this.adminKey = adminKey;
    }

    /** A client that calls the service with the admin key. */
    Api api() {
        return new Api(base, adminKey);
    }

    /** A client that calls the service without credentials. */
    Api anonymous() {
        return new Api(base);
    }

    /**
     * Makes a key on the service's database with {@code leadscope keys create} (while the service runs) and returns it.
     */
    static String createKey(Path workDir, Path dataDir, Map<String, String> env, String workspace, String role) throws Exception {
        CliResult made = cli(workDir, env, "keys", "create", "--workspace", workspace, "--role", role, "--name", "e2e " + role,
                "--data-dir", dataDir.toAbsolutePath().toString());
        if (made.exitCode() != 0) {
            throw new IllegalStateException("keys create failed (" + made.exitCode() + "): " + made.stderr());
        }
        return made.stdout().strip();
    }

    /** The jar the build produced; the failsafe configuration passes its path. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("leadscope.jar", "../adapters-rest/target/leadscope.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("service jar not built: " + jar.toAbsolutePath() + " (run mvn verify from the root)");
        }
        return jar;
    }

    /** Runs a CLI command to completion and returns its exit code and output. */
    static CliResult cli(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().putAll(env);
        Path out = Files.createTempFile("leadscope-cli", ".out");
        Path err = Files.createTempFile("leadscope-cli", ".err");
        try {
            Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("CLI did not finish in 5 minutes: " + command);
            }
            return new CliResult(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** What a CLI run printed and how it ended. */
    record CliResult(int exitCode, String stdout, String stderr) {
    }

    /** Starts {@code serve} in {@code workDir} with {@code --data-dir dataDir} and waits until /health answers UP. */
    static LeadscopeProcess start(Path workDir, Path dataDir, Map<String, String> env, String name) throws Exception {
        int port = freePort();
        Path logDir = Files.createDirectories(Path.of("target", "e2e-logs"));
        Path log = logDir.resolve(name + "-" + System.nanoTime() + ".log");
        List<String> command = List.of(java(), "-Xmx768m", "-jar", jar().toAbsolutePath().toString(),
                "serve", "--port", Integer.toString(port), "--data-dir", dataDir.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        LeadscopeProcess starting = new LeadscopeProcess(process, log, port, null);
        starting.awaitHealthy();
        String database = env.getOrDefault("LEADSCOPE_DB_URL", dataDir.toAbsolutePath().normalize().toString());
        String key = ADMIN_KEYS.get(database);
        if (key == null) {
            try {
                key = createKey(workDir, dataDir, env, "default", "admin");
            } catch (Exception | Error e) {
                starting.close();
                throw e;
            }
            ADMIN_KEYS.put(database, key);
        }
        return new LeadscopeProcess(process, log, port, key);
    }

    private void awaitHealthy() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("service exited with " + process.exitValue() + " during startup:\n" + logTail());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("service not healthy within " + STARTUP + ":\n" + logTail());
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the service the way an operator does (SIGTERM) and waits for it to exit. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
