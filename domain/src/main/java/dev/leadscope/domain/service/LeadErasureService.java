package dev.leadscope.domain.service;

import dev.leadscope.domain.audit.AuditAction;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.AuditTrailUseCase;
import dev.leadscope.domain.port.in.EraseLeadUseCase;
import dev.leadscope.domain.port.in.LeadNotFoundException;
import dev.leadscope.domain.port.out.LeadErasure;
import dev.leadscope.domain.privacy.ErasedLead;
import dev.leadscope.domain.security.Caller;
import java.util.Objects;

/** Erases a lead in the caller's workspace and audits what was removed. */
public final class LeadErasureService implements EraseLeadUseCase {
    private final LeadErasure erasure;
    private final AuditTrailUseCase audit;

    public LeadErasureService(LeadErasure erasure, AuditTrailUseCase audit) {
        this.erasure = Objects.requireNonNull(erasure);
        this.audit = Objects.requireNonNull(audit);
    }

    @Override
    public ErasedLead erase(LeadId lead, Caller by) {
        ErasedLead erased = erasure.erase(by.workspace(), lead).orElseThrow(() -> new LeadNotFoundException(lead));
        audit.record(by, AuditAction.LEAD_ERASED, lead.value(), erased.summary());
        return erased;
    }
}
