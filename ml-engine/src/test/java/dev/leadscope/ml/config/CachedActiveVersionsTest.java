package dev.leadscope.ml.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The active version is known without the registry only while a look-up of it is kept: never before, after a forget or after expiry. */
class CachedActiveVersionsTest {
    private static final WorkspaceId WS = WorkspaceId.DEFAULT;
    private static final ModelVersion V1 = new ModelVersion("m-2024.03.01-1");

    private final CountingRegistry registry = new CountingRegistry();

    @Test
    void givenNothingLookedUp_whenAskedWhatIsKnown_thenNothingIsAndTheRegistryIsNotAsked() {
        CachedActiveVersions versions = new CachedActiveVersions(registry, Duration.ofMinutes(1));

        assertThat(versions.known(WS)).isEmpty();
        assertThat(registry.reads.get()).isZero();
    }

    @Test
    void givenTheActiveVersionLookedUp_whenAskedWhatIsKnown_thenItIsUntilForgotten() {
        CachedActiveVersions versions = new CachedActiveVersions(registry, Duration.ofMinutes(1));
        assertThat(versions.active(WS)).contains(V1);

        assertThat(versions.known(WS)).contains(V1);
        versions.forget(WS);
        assertThat(versions.known(WS)).isEmpty();
        assertThat(registry.reads.get()).isEqualTo(1);
    }

    @Test
    void givenNoModelActive_whenLookedUp_thenNoneIsKnownEither() {
        registry.active = null;
        CachedActiveVersions versions = new CachedActiveVersions(registry, Duration.ofMinutes(1));

        assertThat(versions.active(WS)).isEmpty();
        assertThat(versions.known(WS)).isEmpty();
    }

    @Test
    void givenTheKeptLookUpExpired_whenAskedWhatIsKnown_thenNothingIs() throws InterruptedException {
        CachedActiveVersions versions = new CachedActiveVersions(registry, Duration.ofMillis(20));
        versions.active(WS);

        Thread.sleep(200);

        assertThat(versions.known(WS)).isEmpty();
    }

    /** A registry whose active version is set by the test, counting how often it is asked. */
    private static final class CountingRegistry implements ModelRegistry {
        final AtomicInteger reads = new AtomicInteger();
        volatile ModelVersion active = V1;

        @Override
        public Optional<ModelVersion> active(WorkspaceId workspace) {
            reads.incrementAndGet();
            return Optional.ofNullable(active);
        }

        @Override
        public void save(ModelArtifact artifact) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public List<ModelInfo> list(WorkspaceId workspace) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public Optional<ModelInfo> info(WorkspaceId workspace, ModelVersion version) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public Optional<ModelArtifact> load(WorkspaceId workspace, ModelVersion version) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public void activate(WorkspaceId workspace, ModelVersion version) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public ModelVersion rollback(WorkspaceId workspace) {
            throw new UnsupportedOperationException("not used here");
        }
    }
}
