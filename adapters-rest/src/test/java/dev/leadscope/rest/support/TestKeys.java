package dev.leadscope.rest.support;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.ManageKeysUseCase;
import dev.leadscope.domain.port.in.ManageKeysUseCase.CreateKey;
import dev.leadscope.domain.security.ApiKeyToken;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.domain.security.Role;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Issues real API keys for tests through the application's own key service, as an operator does with
 * {@code leadscope keys create}: security stays on in every test.
 */
@Singleton
public class TestKeys {
    private final ManageKeysUseCase keys;
    private volatile String admin;

    public TestKeys(ManageKeysUseCase keys) {
        this.keys = keys;
    }

    /** The admin key of the default workspace that every test request carries unless it sends its own credentials. */
    public String defaultAdmin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = issue(WorkspaceId.DEFAULT.value(), Role.ADMIN);
                }
            }
        }
        return admin;
    }

    /** A new key for {@code role} in {@code workspace}; returns the token to send. */
    public String issue(String workspace, Role role) {
        return issue(workspace, role, null);
    }

    /** A new key expiring at {@code expiresAt}; returns the token to send. */
    public String issue(String workspace, Role role, Instant expiresAt) {
        WorkspaceId ws = new WorkspaceId(workspace);
        // on a thread of its own, outside any transaction the test runs in, so that the key is committed for the server
        return CompletableFuture.supplyAsync(() -> keys.create(new CreateKey(ws, "test " + role.wireName(), role, expiresAt),
                Caller.commandLine(ws)).token().text()).join();
    }

    /** The id (public part) of the key whose token is {@code token}. */
    public static String idOf(String token) {
        return ApiKeyToken.parse(token).orElseThrow().id().value();
    }
}
