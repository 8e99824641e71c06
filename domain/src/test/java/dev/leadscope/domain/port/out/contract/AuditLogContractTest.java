package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.audit.AuditAction;
import dev.leadscope.domain.audit.AuditEntry;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.port.out.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} must do; subclass once per adapter. */
public abstract class AuditLogContractTest {
    protected AuditLog log;
    protected WorkspaceId ws;

    protected abstract AuditLog createLog();

    @BeforeEach
    void setUpLog() {
        log = createLog();
        ws = Fixtures.freshWorkspace();
    }

    @Test
    void givenEntriesOfTwoWorkspaces_whenPaged_thenOnlyTheWorkspacesNewestFirstWithTotal() {
        AuditEntry created = AuditEntry.of(ws, T0, "cli", AuditAction.KEY_CREATED, "0123456789abcdef", "role=admin");
        AuditEntry erased = AuditEntry.of(ws, T0.plusSeconds(5), "key:0123456789abcdef", AuditAction.LEAD_ERASED, "lead-1", null);
        AuditEntry elsewhere = AuditEntry.of(Fixtures.freshWorkspace(), T0, "cli", AuditAction.MODEL_ACTIVATED, "v1", "ünïcödé");
        log.append(created);
        log.append(elsewhere);
        log.append(erased);

        Page<AuditEntry> page = log.page(ws, new PageRequest(0, 10));

        assertThat(page.items()).containsExactly(erased, created);
        assertThat(page.total()).isEqualTo(2);
        assertThat(log.page(ws, new PageRequest(1, 1)).items()).containsExactly(created);
    }
}
