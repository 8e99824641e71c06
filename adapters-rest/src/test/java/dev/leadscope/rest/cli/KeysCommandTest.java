package dev.leadscope.rest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code leadscope keys} on a database of its own: the first key is made without any key; lists never show secrets. */
class KeysCommandTest extends CommandLineTest {
    @Test
    void givenEmptyDatabase_whenKeysCreatedListedAndRevoked_thenTheTokenIsPrintedOnceAndTheListShowsTheRevocation() {
        String dataDir = dbUrl();

        assertThat(run("keys", "create", "--workspace", "acme", "--role", "admin", "--name", "first admin", "--db-url", dataDir))
                .as(err.toString()).isZero();
        String token = out.toString().strip();
        assertThat(token).matches("lsk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        assertThat(err.toString()).contains("admin in workspace acme", "shown only now");
        String id = token.substring(4, 20);

        assertThat(run("keys", "create", "--workspace", "acme", "--role", "sales", "--name", "rep", "--expires", "30d", "--db-url", dataDir))
                .isZero();
        assertThat(run("keys", "list", "--workspace", "acme", "--db-url", dataDir)).isZero();
        assertThat(out.toString()).contains(id, "admin", "first admin", "sales", "rep").doesNotContain(token.substring(21));
        assertThat(out.toString().lines()).hasSize(3);

        assertThat(run("keys", "revoke", id, "--db-url", dataDir)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Revoked key " + id, "workspace acme");
        assertThat(run("keys", "list", "--workspace", "acme", "--db-url", dataDir)).isZero();
        assertThat(out.toString().lines().filter(l -> l.startsWith(id)).findFirst().orElseThrow()).containsPattern("Z +- +\\d{4}-\\d\\d-\\d\\dT");
        assertThat(run("keys", "list", "--workspace", "other", "--db-url", dataDir)).isZero();
        assertThat(out.toString().lines()).hasSize(1);
    }

    @Test
    void givenBadArguments_whenKeysCreated_thenUsageErrorsNamingTheOption() {
        String dataDir = dbUrl();

        assertThat(run("keys", "create", "--workspace", "acme", "--role", "root", "--name", "x", "--db-url", dataDir)).isEqualTo(2);
        assertThat(err.toString()).contains("--role", "admin, analyst, sales, ingest");
        assertThat(run("keys", "create", "--workspace", "acme", "--role", "admin", "--name", "x", "--expires", "soon", "--db-url", dataDir))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--expires");
        assertThat(run("keys", "create", "--role", "admin", "--name", "x", "--db-url", dataDir)).isEqualTo(2);
        assertThat(err.toString()).contains("--workspace");
        assertThat(run("keys", "revoke", "nope", "--db-url", dataDir)).isEqualTo(2);
        assertThat(run("keys", "revoke", "0123456789abcdef", "--db-url", dataDir)).isEqualTo(1);
        assertThat(err.toString()).contains("key not found: 0123456789abcdef");
    }
}
