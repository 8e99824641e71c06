package dev.leadscope.rest.meta;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Serves the metrics in Prometheus text format on a blocking thread. Rendering every meter takes 15-20 ms once warm
 * and far longer the first times; on an event loop that would hold up every other request on its connections for as
 * long, at each scrape. Admin and analyst keys only (the route's permission); absent when metrics are turned off.
 */
@Requires(beans = PrometheusMeterRegistry.class)
@Controller("/prometheus")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "meta")
public class MetricsController {
    /** The Prometheus text exposition format this serves. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4";

    private final PrometheusMeterRegistry registry;

    public MetricsController(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Get(produces = CONTENT_TYPE)
    @Operation(summary = "Every metric in Prometheus text format, for a scraper with an admin or analyst key")
    public String scrape() {
        return registry.scrape();
    }
}
