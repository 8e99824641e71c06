package dev.leadscope.persistence.privacy;

import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.LeadErasure;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.port.out.RepFeedbacks;
import dev.leadscope.domain.port.out.contract.LeadErasureContractTest;
import io.micronaut.context.ApplicationContext;

/** The JDBC erasure's contract test, on the stores of one database's application context. */
abstract class JdbcLeadErasureTest extends LeadErasureContractTest {
    /** The shared context of the database under test. */
    abstract ApplicationContext context();

    @Override
    protected LeadErasure erasure() {
        return context().getBean(LeadErasure.class);
    }

    @Override
    protected Accounts accounts() {
        return context().getBean(Accounts.class);
    }

    @Override
    protected Leads leads() {
        return context().getBean(Leads.class);
    }

    @Override
    protected ActivityEvents events() {
        return context().getBean(ActivityEvents.class);
    }

    @Override
    protected Notes notes() {
        return context().getBean(Notes.class);
    }

    @Override
    protected Outcomes outcomes() {
        return context().getBean(Outcomes.class);
    }

    @Override
    protected RepFeedbacks feedbacks() {
        return context().getBean(RepFeedbacks.class);
    }

    @Override
    protected LeadScores scores() {
        return context().getBean(LeadScores.class);
    }
}
