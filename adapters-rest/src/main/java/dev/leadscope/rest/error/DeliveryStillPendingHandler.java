package dev.leadscope.rest.error;

import dev.leadscope.domain.port.in.DeliveryStillPendingException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a redelivery of a delivery that is still pending with 409. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class DeliveryStillPendingHandler implements ExceptionHandler<DeliveryStillPendingException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DeliveryStillPendingException e) {
        return Problems.response(request, HttpStatus.CONFLICT, e.getMessage(), "deliveryId", e.getMessage());
    }
}
