package dev.leadscope.domain.port.in;

/** The webhook delivery named does not exist for that webhook in the workspace. */
public class DeliveryNotFoundException extends NotFoundException {
    public DeliveryNotFoundException(String id) {
        super("delivery", id);
    }
}
