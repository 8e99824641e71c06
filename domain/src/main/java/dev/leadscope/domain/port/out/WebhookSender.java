package dev.leadscope.domain.port.out;

import dev.leadscope.domain.webhook.SendResult;
import java.net.URI;
import java.util.Map;

/**
 * POSTs a JSON body to a webhook URL with the given headers, within the adapter's connect and read timeouts. Never
 * throws for a failed exchange: a refused connection or a timeout is a {@link SendResult.Failed}. Thread-safe.
 */
public interface WebhookSender {

    SendResult post(URI url, Map<String, String> headers, String body);
}
