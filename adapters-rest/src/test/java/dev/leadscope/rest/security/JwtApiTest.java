package dev.leadscope.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Optional JWT bearer tokens: signed with the configured secret, with sub, workspace and roles claims, not expired. */
@MicronautTest
@Property(name = "micronaut.security.token.jwt.enabled", value = "true")
@Property(name = "micronaut.security.token.jwt.signatures.secret.leadscope.secret", value = JwtApiTest.SECRET)
class JwtApiTest extends ApiTestBase {
    static final String SECRET = "a-test-secret-of-at-least-thirty-two-characters";

    static String token(String secret, String workspace, List<String> roles, Instant expires) throws JOSEException {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("alice").expirationTime(Date.from(expires));
        if (workspace != null) {
            claims.claim("workspace", workspace);
        }
        if (roles != null) {
            claims.claim("roles", roles);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    @Test
    void givenValidToken_whenCalled_thenActsInTheClaimedWorkspaceWithTheClaimedRole() throws Exception {
        String ws = unique("ws");
        String lead = unique("lead");
        assertThat(api.as(keys.issue(ws, Role.INGEST)).post("/api/v1/leads", "{\"id\":\"" + lead + "\",\"title\":\"CTO\"}").status()).isEqualTo(201);
        String analyst = token(SECRET, ws, List.of("analyst"), Instant.now().plusSeconds(600));

        assertThat(api.as(analyst).get("/api/v1/leads/" + lead).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/leads/" + lead).status()).isEqualTo(404);
        Reply forbidden = api.as(analyst).post("/api/v1/leads", "{\"id\":\"" + unique("l") + "\",\"title\":\"CTO\"}");
        assertThat(forbidden.status()).isEqualTo(403);
    }

    @Test
    void givenBadTokens_whenCalled_then401() throws Exception {
        String ws = unique("ws");
        Instant later = Instant.now().plusSeconds(600);
        assertThat(api.as(token("another-secret-of-at-least-thirty-two-chars", ws, List.of("admin"), later)).get("/api/v1/leads").status())
                .isEqualTo(401);
        assertThat(api.as(token(SECRET, ws, List.of("admin"), Instant.now().minusSeconds(600))).get("/api/v1/leads").status())
                .isEqualTo(401);
        assertThat(api.as(token(SECRET, null, List.of("admin"), later)).get("/api/v1/leads").status()).isEqualTo(401);
        assertThat(api.as(token(SECRET, ws, List.of("root"), later)).get("/api/v1/leads").status()).isEqualTo(401);
        assertThat(api.as(token(SECRET, ws, null, later)).get("/api/v1/leads").status()).isEqualTo(401);
    }

    @Test
    void givenTokensEnabled_whenApiKeysUsed_thenTheyStillWork() {
        assertThat(api.as(keys.issue(unique("ws"), Role.ANALYST)).get("/api/v1/leads").status()).isEqualTo(200);
    }
}
