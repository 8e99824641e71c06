package dev.leadscope.rest.meta;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the OpenAPI description of the API, generated from the controllers when the code is compiled. */
@Controller
@Hidden
public class OpenApiController {
    public static final String PATH = "/api/v1/openapi.yml";
    static final String RESOURCE = "META-INF/swagger/leadscope-api.yml";

    private final String document;

    public OpenApiController() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the build");
            }
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(value = PATH, produces = "application/yaml")
    public HttpResponse<String> openApi() {
        return HttpResponse.ok(document).contentType("application/yaml");
    }
}
