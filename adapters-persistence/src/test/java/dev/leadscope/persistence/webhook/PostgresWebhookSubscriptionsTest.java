package dev.leadscope.persistence.webhook;

import dev.leadscope.domain.port.out.WebhookSubscriptions;
import dev.leadscope.domain.port.out.contract.WebhookSubscriptionsContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC subscription store keeps the WebhookSubscriptions contract on PostgreSQL. */
class PostgresWebhookSubscriptionsTest extends WebhookSubscriptionsContractTest {
    @Override
    protected WebhookSubscriptions createStore() {
        return SharedContexts.postgres().getBean(WebhookSubscriptions.class);
    }
}
