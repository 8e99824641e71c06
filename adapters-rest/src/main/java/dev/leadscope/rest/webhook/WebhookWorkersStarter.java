package dev.leadscope.rest.webhook;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/** Starts webhook delivery when the HTTP server has started, so command-line tools that open the database never deliver. */
@Singleton
class WebhookWorkersStarter implements ApplicationEventListener<ServerStartupEvent> {
    private final WebhookWorkers workers;

    WebhookWorkersStarter(WebhookWorkers workers) {
        this.workers = workers;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        workers.start();
    }
}
