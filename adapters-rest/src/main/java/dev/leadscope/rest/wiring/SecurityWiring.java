package dev.leadscope.rest.wiring;

import dev.leadscope.domain.port.in.AuditTrailUseCase;
import dev.leadscope.domain.port.in.EraseLeadUseCase;
import dev.leadscope.domain.port.in.ManageKeysUseCase;
import dev.leadscope.domain.port.out.ApiKeys;
import dev.leadscope.domain.port.out.AuditLog;
import dev.leadscope.domain.port.out.LeadErasure;
import dev.leadscope.domain.service.AuditService;
import dev.leadscope.domain.service.KeyService;
import dev.leadscope.domain.service.LeadErasureService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Makes the key, audit and erasure services beans on whichever adapters implement their ports. */
@Factory
class SecurityWiring {

    @Singleton
    AuditTrailUseCase audit(AuditLog log, Clock clock) {
        return new AuditService(log, clock);
    }

    @Singleton
    ManageKeysUseCase keys(ApiKeys keys, AuditTrailUseCase audit, Clock clock) {
        return new KeyService(keys, audit, clock);
    }

    @Singleton
    EraseLeadUseCase erasure(LeadErasure erasure, AuditTrailUseCase audit) {
        return new LeadErasureService(erasure, audit);
    }
}
