package dev.leadscope.rest.webhook;

import dev.leadscope.domain.notify.NotificationKind;
import dev.leadscope.rest.common.Fields;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads the {@code kinds} of a webhook request, naming the entry of an unknown kind ({@code kinds[2]}). */
final class WebhookKinds {
    private WebhookKinds() {
    }

    static Set<NotificationKind> parse(List<String> names) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            kinds.add(Fields.named("kinds[" + i + "]", () -> NotificationKind.fromWire(name)));
        }
        return kinds;
    }

    static List<String> wire(Set<NotificationKind> kinds) {
        return EnumSet.copyOf(kinds).stream().map(NotificationKind::wireName).toList();
    }
}
