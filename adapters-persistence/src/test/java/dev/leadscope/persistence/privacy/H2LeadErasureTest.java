package dev.leadscope.persistence.privacy;

import dev.leadscope.persistence.testing.SharedContexts;
import io.micronaut.context.ApplicationContext;

/** The JDBC erasure keeps the LeadErasure contract on H2. */
class H2LeadErasureTest extends JdbcLeadErasureTest {
    @Override
    ApplicationContext context() {
        return SharedContexts.h2();
    }
}
