package dev.leadscope.rest.meta;

import dev.leadscope.rest.cli.VersionProvider;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Tells a visitor of the root what this service is and where its API, API description and health check are. */
@Controller
@Tag(name = "meta")
public class RootController {

    /** The service's name, version and entry points. */
    @Serdeable
    public record ServiceInfo(String name, String version, String api, String openapi, String health) {
    }

    @Get
    @Operation(summary = "What this service is and where its API is described")
    public ServiceInfo root() {
        return new ServiceInfo("leadscope", VersionProvider.version(), "/api/v1", OpenApiController.PATH, "/health");
    }
}
