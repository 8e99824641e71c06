package dev.leadscope.rest.cli;

import dev.leadscope.rest.Application;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the service until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the Leadscope service (HTTP API, embedded database by default).")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 8080, or micronaut.server.port)")
    Integer port;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the embedded database lives (default: ./data, or leadscope.data-dir)")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> properties = new HashMap<>();
        if (port != null) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be between 0 and 65535: " + port);
            }
            properties.put("micronaut.server.port", port);
        }
        if (dataDir != null) {
            Path dir = dataDir.toAbsolutePath().normalize();
            Files.createDirectories(dir);
            properties.put("leadscope.data-dir", dir.toString());
        }
        ApplicationContext context = Application.serve(properties);
        context.findBean(EmbeddedServer.class).ifPresent(server ->
                System.out.println("Leadscope is listening on " + server.getURL() + " (API description at /api/v1/openapi.yml)"));
        // the framework's shutdown hook stops the context on SIGTERM or Ctrl-C; this thread only waits for that
        while (context.isRunning()) {
            Thread.sleep(500);
        }
        return 0;
    }
}
