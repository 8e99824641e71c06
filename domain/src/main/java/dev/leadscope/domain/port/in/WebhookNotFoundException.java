package dev.leadscope.domain.port.in;

/** The webhook named does not exist in the workspace. */
public class WebhookNotFoundException extends NotFoundException {
    public WebhookNotFoundException(String id) {
        super("webhook", id);
    }
}
