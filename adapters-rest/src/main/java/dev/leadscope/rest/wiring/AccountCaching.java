package dev.leadscope.rest.wiring;

import dev.leadscope.domain.port.out.Accounts;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Puts {@link HotAccounts} in front of the account store wherever it is injected, with
 * {@code leadscope.cache.account-records} accounts (0: off) kept {@code account-seconds} each.
 */
@Singleton
class AccountCaching implements BeanCreatedEventListener<Accounts> {
    private final long records;
    private final int seconds;

    AccountCaching(@Value("${leadscope.cache.account-records:20000}") long records,
                   @Value("${leadscope.cache.account-seconds:300}") int seconds) {
        if (records < 0 || seconds < 1) {
            throw new IllegalArgumentException("leadscope.cache.account-records must be >= 0 and account-seconds >= 1: "
                    + records + ", " + seconds);
        }
        this.records = records;
        this.seconds = seconds;
    }

    @Override
    public Accounts onCreated(BeanCreatedEvent<Accounts> event) {
        Accounts stored = event.getBean();
        return records == 0 || stored instanceof HotAccounts ? stored : new HotAccounts(stored, records, Duration.ofSeconds(seconds));
    }
}
