package dev.leadscope.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.cli.Main;
import dev.leadscope.rest.support.ApiTestBase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadscope import --url} sends its key and imports into the key's workspace; without a key it is refused. */
@MicronautTest
class RemoteImportKeyTest extends ApiTestBase {
    @Inject
    EmbeddedServer server;

    @TempDir
    Path dir;

    @Test
    void givenIngestKey_whenImportedOverHttp_thenRowsLandInTheKeysWorkspaceAndWithoutKeyNothingDoes() throws Exception {
        String ws = unique("ws");
        String lead = unique("lead");
        String other = unique("lead");
        Files.writeString(dir.resolve("leads.csv"), "lead_id,title\n" + lead + ",CEO\n");
        Path mapping = Files.writeString(dir.resolve("mapping.yml"),
                "version: 1\nsources:\n  - file: leads.csv\n    kind: lead\n    fields:\n      lead_id: lead_id\n      title: title\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "import", "--mapping", mapping.toString(),
                "--url", server.getURI().toString(), "--api-key", keys.issue(ws, Role.INGEST), "--quiet");

        assertThat(code).as(err.toString()).isZero();
        assertThat(api.as(keys.issue(ws, Role.ANALYST)).get("/api/v1/leads/" + lead).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/leads/" + lead).status()).isEqualTo(404);

        Files.writeString(dir.resolve("leads.csv"), "lead_id,title\n" + other + ",CEO\n");
        int refused = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "import", "--mapping", mapping.toString(),
                "--url", server.getURI().toString(), "--api-key", "", "--quiet");
        assertThat(refused).isNotZero();
        assertThat(err.toString()).contains("401");
        assertThat(api.as(keys.issue(ws, Role.ANALYST)).get("/api/v1/leads/" + other).status()).isEqualTo(404);
    }
}
