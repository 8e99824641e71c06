package dev.leadscope.rest.support;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/** What every API test needs: a client for the application under test and fresh ids, so tests never see each other's data. */
public abstract class ApiTestBase {
    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    JsonMapper json;

    /** Issues real keys for other workspaces and roles. */
    @Inject
    protected TestKeys keys;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(client, json);
    }

    /** An id no other test uses. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Creates an account with {@code id} and returns the id. */
    protected String createAccount(String id, String industry) {
        Reply reply = api.post("/api/v1/accounts", "{\"id\":\"" + id + "\",\"name\":\"Company " + id + "\",\"firmographics\":{\"industry\":\""
                + industry + "\"}}");
        if (reply.status() != 201) {
            throw new AssertionError("creating account " + id + ": " + reply.raw());
        }
        return id;
    }

    /** Creates a lead with {@code id} (at {@code accountId} when not null) and returns the id. */
    protected String createLead(String id, String accountId) {
        String account = accountId == null ? "" : ",\"accountId\":\"" + accountId + "\"";
        Reply reply = api.post("/api/v1/leads", "{\"id\":\"" + id + "\",\"title\":\"VP Marketing\"" + account + "}");
        if (reply.status() != 201) {
            throw new AssertionError("creating lead " + id + ": " + reply.raw());
        }
        return id;
    }
}
