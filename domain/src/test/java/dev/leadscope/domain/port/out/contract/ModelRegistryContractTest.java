package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.port.in.AlreadyExistsException;
import dev.leadscope.domain.port.in.ModelNotFoundException;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ModelRegistry} must do; subclass once per adapter. */
public abstract class ModelRegistryContractTest {
    protected ModelRegistry registry;
    protected WorkspaceId ws;

    /** The store under test; called before each test. */
    protected abstract ModelRegistry createRegistry();

    @BeforeEach
    void setUpRegistry() {
        registry = createRegistry();
        ws = Fixtures.freshWorkspace();
    }

    /** An artifact whose bytes include every byte value, so an encoding that loses any of them is caught. */
    protected static ModelArtifact artifact(WorkspaceId ws, String version, long secondsAfterT0) {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + version.hashCode());
        }
        ModelInfo info = new ModelInfo(ws, new ModelVersion(version), T0.plusSeconds(secondsAfterT0),
                "0123456789abcdef0123456789abcdef", Map.of("seed", "7", "dataFingerprint", "ab12", "library", "trees 3.0.4"),
                Map.of("rocAuc", 0.8123456789, "logLoss", 0.21));
        return new ModelArtifact(info, bytes, "# Report\n\nAUC 0.81 — ünïcödé");
    }

    @Test
    void givenSavedArtifact_whenLoaded_thenBytesInfoAndReportEqual() {
        ModelArtifact a = artifact(ws, "m-1", 0);

        registry.save(a);

        assertThat(registry.load(ws, a.info().version())).contains(a);
        assertThat(registry.info(ws, a.info().version())).contains(a.info());
    }

    @Test
    void givenSameVersionTwice_whenSaved_thenRefusedAndFirstKept() {
        ModelArtifact a = artifact(ws, "m-1", 0);
        registry.save(a);

        assertThatThrownBy(() -> registry.save(artifact(ws, "m-1", 50))).isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining("m-1");
        assertThat(registry.load(ws, a.info().version())).contains(a);
    }

    @Test
    void givenSeveralModels_whenListed_thenNewestFirstAndOtherWorkspacesInvisible() {
        registry.save(artifact(ws, "m-1", 0));
        registry.save(artifact(ws, "m-3", 120));
        registry.save(artifact(ws, "m-2", 60));
        WorkspaceId other = Fixtures.freshWorkspace();
        registry.save(artifact(other, "m-9", 500));

        assertThat(registry.list(ws)).extracting(i -> i.version().value()).containsExactly("m-3", "m-2", "m-1");
        assertThat(registry.load(other, new ModelVersion("m-1"))).isEmpty();
        assertThat(registry.active(ws)).isEmpty();
    }

    @Test
    void givenUnknownVersion_whenActivated_thenNotFound() {
        assertThatThrownBy(() -> registry.activate(ws, new ModelVersion("nope"))).isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void givenActivations_whenRolledBack_thenEachStepReturnsToTheOneBefore() {
        registry.save(artifact(ws, "m-1", 0));
        registry.save(artifact(ws, "m-2", 60));
        registry.save(artifact(ws, "m-3", 120));
        registry.activate(ws, new ModelVersion("m-1"));
        registry.activate(ws, new ModelVersion("m-2"));
        registry.activate(ws, new ModelVersion("m-2"));
        registry.activate(ws, new ModelVersion("m-3"));

        assertThat(registry.active(ws)).contains(new ModelVersion("m-3"));
        assertThat(registry.rollback(ws)).isEqualTo(new ModelVersion("m-2"));
        assertThat(registry.active(ws)).contains(new ModelVersion("m-2"));
        assertThat(registry.rollback(ws)).isEqualTo(new ModelVersion("m-1"));
        assertThatThrownBy(() -> registry.rollback(ws)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("roll back");
        assertThat(registry.active(ws)).contains(new ModelVersion("m-1"));
    }

    @Test
    void givenNoActivation_whenRolledBack_thenRefused() {
        assertThatThrownBy(() -> registry.rollback(ws)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenConcurrentActivations_whenDone_thenExactlyOneOfThemIsActiveAndEveryRollbackLandsOnAStoredModel()
            throws InterruptedException {
        List<ModelVersion> versions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            registry.save(artifact(ws, "m-" + i, i));
            versions.add(new ModelVersion("m-" + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        Set<Throwable> failures = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (ModelVersion v : versions) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    registry.activate(ws, v);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }

        assertThat(failures).isEmpty();
        assertThat(registry.active(ws)).get().isIn(versions);
        for (int i = 0; i < versions.size() - 1; i++) {
            assertThat(registry.rollback(ws)).isIn(versions);
        }
        assertThatThrownBy(() -> registry.rollback(ws)).isInstanceOf(IllegalStateException.class);
    }
}
