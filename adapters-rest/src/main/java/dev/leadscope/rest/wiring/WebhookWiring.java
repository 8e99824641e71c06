package dev.leadscope.rest.wiring;

import dev.leadscope.domain.port.in.DeliverWebhooksUseCase;
import dev.leadscope.domain.port.in.ManageWebhooksUseCase;
import dev.leadscope.domain.port.out.Notifications;
import dev.leadscope.domain.port.out.WebhookDeliveries;
import dev.leadscope.domain.port.out.WebhookObserver;
import dev.leadscope.domain.port.out.WebhookSender;
import dev.leadscope.domain.port.out.WebhookSubscriptions;
import dev.leadscope.domain.service.WebhookDispatchService;
import dev.leadscope.domain.service.WebhookOutbox;
import dev.leadscope.domain.service.WebhookService;
import dev.leadscope.rest.webhook.JdkWebhookSender;
import dev.leadscope.rest.webhook.MicrometerWebhookObserver;
import dev.leadscope.rest.webhook.WebhookSettings;
import dev.leadscope.rest.webhook.WebhookWorkers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/** Makes the webhook outbox the application's {@link Notifications}, and wires delivery, its workers and its metrics. */
@Factory
class WebhookWiring {

    @Singleton
    WebhookSender webhookSender(WebhookSettings settings) {
        return new JdkWebhookSender(settings.connectTimeout(), settings.readTimeout());
    }

    @Singleton
    WebhookObserver webhookObserver(MeterRegistry registry, WebhookDeliveries deliveries) {
        return new MicrometerWebhookObserver(registry, deliveries);
    }

    @Singleton
    DeliverWebhooksUseCase deliverWebhooks(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, WebhookSender sender,
                                           WebhookObserver observer, WebhookSettings settings, Clock clock) {
        return new WebhookDispatchService(subscriptions, deliveries, sender, observer, settings.retryPolicy(), settings.lease(), clock,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    @Singleton
    @Bean(preDestroy = "close")
    WebhookWorkers webhookWorkers(DeliverWebhooksUseCase dispatch, WebhookSettings settings) {
        return new WebhookWorkers(dispatch, settings.threads(), settings.batchSize(), settings.pollInterval(), settings.retention());
    }

    @Singleton
    Notifications notifications(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, Clock clock, WebhookWorkers workers) {
        return new WebhookOutbox(subscriptions, deliveries, clock, workers::wake);
    }

    @Singleton
    ManageWebhooksUseCase webhooks(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, DeliverWebhooksUseCase dispatch,
                                   WebhookSettings settings, Clock clock, WebhookWorkers workers) {
        return new WebhookService(subscriptions, deliveries, dispatch, settings.lease(), clock, workers::wake);
    }
}
