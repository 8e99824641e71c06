package dev.leadscope.domain.privacy;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Custom attributes that must never become model features (health, ethnicity, a personal e-mail...), matched by name in any case. */
public record SensitiveAttributes(Set<String> names) {
    public static final SensitiveAttributes NONE = new SensitiveAttributes(Set.of());

    public SensitiveAttributes {
        names = names.stream().map(String::strip).filter(n -> !n.isEmpty()).map(n -> n.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static SensitiveAttributes of(Collection<String> names) {
        return new SensitiveAttributes(Set.copyOf(names));
    }

    public boolean contains(String attribute) {
        return names.contains(attribute.toLowerCase(Locale.ROOT));
    }
}
