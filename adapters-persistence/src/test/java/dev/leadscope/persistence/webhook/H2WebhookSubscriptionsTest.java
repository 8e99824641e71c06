package dev.leadscope.persistence.webhook;

import dev.leadscope.domain.port.out.WebhookSubscriptions;
import dev.leadscope.domain.port.out.contract.WebhookSubscriptionsContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC subscription store keeps the WebhookSubscriptions contract on H2. */
class H2WebhookSubscriptionsTest extends WebhookSubscriptionsContractTest {
    @Override
    protected WebhookSubscriptions createStore() {
        return SharedContexts.h2().getBean(WebhookSubscriptions.class);
    }
}
