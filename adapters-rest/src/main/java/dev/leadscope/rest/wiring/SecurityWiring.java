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
import dev.leadscope.rest.security.CachedApiKeys;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Makes the key (over keys kept briefly in memory), audit and erasure services beans on whichever adapters implement their ports. */
@Factory
class SecurityWiring {

    @Singleton
    AuditTrailUseCase audit(AuditLog log, Clock clock) {
        return new AuditService(log, clock);
    }

    @Singleton
    ManageKeysUseCase keys(ApiKeys keys, AuditTrailUseCase audit, Clock clock,
                           @Value("${leadscope.security.key-cache-seconds:5}") int keyCacheSeconds) {
        return new KeyService(new CachedApiKeys(keys, Duration.ofSeconds(keyCacheSeconds), 10_000), audit, clock);
    }

    @Singleton
    EraseLeadUseCase erasure(LeadErasure erasure, AuditTrailUseCase audit) {
        return new LeadErasureService(erasure, audit);
    }
}
