package dev.leadscope.rest.cli;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.KeyNotFoundException;
import dev.leadscope.domain.port.in.ManageKeysUseCase;
import dev.leadscope.domain.port.out.ApiKeys;
import dev.leadscope.domain.security.ApiKey;
import dev.leadscope.domain.security.ApiKeyId;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.Application;
import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Manages API keys directly on the service's database, so that the first admin key can be made without a key
 * (whoever can open the database is trusted). Works while the service runs.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Create, list and revoke API keys on the service's database.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
public final class KeysCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
    }

    /** Database options shared by the key subcommands. */
    static final class Store {
        @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded database lives (as for 'serve'; default ./data)")
        Path dataDir;

        @Mixin
        DatabaseOptions database;

        <T> T with(Function<ApplicationContext, T> action) throws java.io.IOException {
            Map<String, Object> properties = new HashMap<>();
            if (dataDir != null) {
                Path d = dataDir.toAbsolutePath().normalize();
                Files.createDirectories(d);
                properties.put("leadscope.data-dir", d.toString());
            }
            properties.putAll(database.properties());
            try (ApplicationContext context = Application.context(properties)) {
                return action.apply(context);
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = {"Issue a key and print it once; store it safely.",
            "Send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'."})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "The workspace the key acts on")
        String workspace;

        @Option(names = "--role", required = true, description = "admin, analyst, sales or ingest")
        String role;

        @Option(names = "--name", required = true, description = "What the key is for")
        String name;

        @Option(names = "--expires", paramLabel = "WHEN", description = "An instant (2027-01-31T00:00:00Z) or a duration from now (90d, 12h); never by default")
        String expires;

        @Mixin
        Store store;

        @Override
        public Integer call() throws Exception {
            WorkspaceId ws = parse("--workspace", () -> new WorkspaceId(workspace));
            Role r = parse("--role", () -> Role.parse("--role", role));
            Instant expiry = expires == null ? null : parse("--expires", () -> expiry(expires));
            ManageKeysUseCase.IssuedKey issued = store.with(c -> c.getBean(ManageKeysUseCase.class)
                    .create(new ManageKeysUseCase.CreateKey(ws, name, r, expiry), Caller.commandLine(ws)));
            PrintWriter out = spec.commandLine().getOut();
            out.println(issued.token().text());
            spec.commandLine().getErr().println("Key " + issued.key().id() + " (" + r.wireName() + " in workspace " + ws
                    + (expiry == null ? "" : ", expires " + expiry) + "). It is shown only now.");
            return 0;
        }

        private <T> T parse(String option, java.util.function.Supplier<T> value) {
            try {
                return value.get();
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
            }
        }

        static Instant expiry(String text) {
            String t = text.trim();
            if (t.matches("\\d+[dh]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                return Instant.now().plus(t.endsWith("d") ? Duration.ofDays(n) : Duration.ofHours(n));
            }
            return Instant.parse(t);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a workspace's keys (never their secrets).")
    static final class ListKeys implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "The workspace whose keys to list")
        String workspace;

        @Mixin
        Store store;

        @Override
        public Integer call() throws Exception {
            WorkspaceId ws = new WorkspaceId(workspace);
            java.util.List<ApiKey> keys = store.with(c -> c.getBean(ManageKeysUseCase.class).list(ws));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-16s  %-7s  %-20s  %-20s  %-20s  %s%n", "id", "role", "created", "expires", "revoked", "name");
            for (ApiKey k : keys) {
                out.printf("%-16s  %-7s  %-20s  %-20s  %-20s  %s%n", k.id(), k.role().wireName(), k.createdAt(),
                        k.expiresAt() == null ? "-" : k.expiresAt(), k.revokedAt() == null ? "-" : k.revokedAt(), k.name());
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key by its id; it stops working at once.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The key's id (the 16 characters after 'lsk_')")
        String id;

        @Mixin
        Store store;

        @Override
        public Integer call() throws Exception {
            if (!ApiKeyId.isWellFormed(id)) {
                throw new ParameterException(spec.commandLine(), "ID must be a key id of 16 hexadecimal characters: '" + id + "'");
            }
            ApiKey revoked = store.with(c -> {
                ApiKey key = c.getBean(ApiKeys.class).find(new ApiKeyId(id)).orElseThrow(() -> new KeyNotFoundException(id));
                return c.getBean(ManageKeysUseCase.class).revoke(key.workspace(), id, Caller.commandLine(key.workspace()));
            });
            spec.commandLine().getOut().println("Revoked key " + revoked.id() + " (" + revoked.name() + ") in workspace " + revoked.workspace()
                    + " at " + revoked.revokedAt());
            return 0;
        }
    }
}
