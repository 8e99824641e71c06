package dev.leadscope.persistence.webhook;

import dev.leadscope.domain.port.out.WebhookDeliveries;
import dev.leadscope.domain.port.out.contract.WebhookDeliveriesContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC outbox keeps the WebhookDeliveries contract on PostgreSQL. */
class PostgresWebhookDeliveriesTest extends WebhookDeliveriesContractTest {
    @Override
    protected WebhookDeliveries createStore() {
        return SharedContexts.postgres().getBean(WebhookDeliveries.class);
    }
}
