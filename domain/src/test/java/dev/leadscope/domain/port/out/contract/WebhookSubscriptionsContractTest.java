package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.WebhookFixtures.aWebhook;
import static dev.leadscope.domain.notify.NotificationKind.MODEL_ALERT;
import static dev.leadscope.domain.notify.NotificationKind.SALES_READY;
import static dev.leadscope.domain.notify.NotificationKind.TIER_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.port.out.WebhookSubscriptions;
import dev.leadscope.domain.webhook.WebhookSubscription;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WebhookSubscriptions} store must do; subclass once per adapter. */
public abstract class WebhookSubscriptionsContractTest {
    protected WebhookSubscriptions store;
    protected WorkspaceId ws;

    protected abstract WebhookSubscriptions createStore();

    @BeforeEach
    void setUpStore() {
        store = createStore();
        ws = Fixtures.freshWorkspace();
    }

    @Test
    void givenStoredSubscription_whenFound_thenEveryFieldRoundTripsSecretIncluded() {
        WebhookSubscription s = aWebhook(ws, "https://hooks.example.com/leadscope?x=1", T0, TIER_CHANGED, SALES_READY);
        store.insert(s);

        assertThat(store.find(ws, s.id())).contains(s);
        assertThat(store.find(ws, s.id()).orElseThrow().secret()).isEqualTo(s.secret());
    }

    @Test
    void givenSubscriptionsOfTwoWorkspaces_whenListedOrFound_thenOnlyTheWorkspacesOwnOldestFirst() {
        WebhookSubscription second = aWebhook(ws, "https://a.example.com/2", T0.plusSeconds(10), TIER_CHANGED);
        WebhookSubscription first = aWebhook(ws, "https://a.example.com/1", T0, TIER_CHANGED);
        WorkspaceId other = Fixtures.freshWorkspace();
        WebhookSubscription foreign = aWebhook(other, "https://b.example.com", T0, TIER_CHANGED);
        store.insert(second);
        store.insert(first);
        store.insert(foreign);

        assertThat(store.list(ws)).containsExactly(first, second);
        assertThat(store.find(ws, foreign.id())).isEmpty();
        assertThat(store.activeFor(ws, TIER_CHANGED)).containsExactly(first, second);
    }

    @Test
    void givenActiveAndInactiveSubscriptions_whenAskedForAKind_thenOnlyActiveOnesWantingIt() {
        WebhookSubscription tiers = aWebhook(ws, "https://a.example.com/tiers", T0, TIER_CHANGED);
        WebhookSubscription alerts = aWebhook(ws, "https://a.example.com/alerts", T0.plusSeconds(1), MODEL_ALERT, TIER_CHANGED);
        WebhookSubscription off = aWebhook(ws, "https://a.example.com/off", T0.plusSeconds(2), MODEL_ALERT);
        off = off.with(off.url(), off.secret(), off.kinds(), off.description(), false, T0.plusSeconds(3));
        store.insert(tiers);
        store.insert(alerts);
        store.insert(off);

        assertThat(store.activeFor(ws, MODEL_ALERT)).containsExactly(alerts);
        assertThat(store.activeFor(ws, SALES_READY)).isEmpty();
    }

    @Test
    void givenSubscription_whenUpdated_thenTheNewValuesAreStored() {
        WebhookSubscription s = aWebhook(ws, "https://a.example.com", T0, TIER_CHANGED);
        store.insert(s);
        WebhookSubscription changed = s.with(URI.create("http://b.example.com:8080/x"), "another-secret-0123456789", Set.of(MODEL_ALERT), null, false,
                T0.plusSeconds(60));

        assertThat(store.update(changed)).isTrue();

        assertThat(store.find(ws, s.id())).contains(changed);
    }

    @Test
    void givenSubscription_whenUpdatedOrDeletedFromAnotherWorkspace_thenNothingChanges() {
        WebhookSubscription s = aWebhook(ws, "https://a.example.com", T0, TIER_CHANGED);
        store.insert(s);
        WorkspaceId other = Fixtures.freshWorkspace();
        WebhookSubscription hijack = new WebhookSubscription(other, s.id(), URI.create("https://evil.example.com"), s.secret(), s.kinds(), null, true,
                T0, T0);

        assertThat(store.update(hijack)).isFalse();
        assertThat(store.delete(other, s.id())).isFalse();
        assertThat(store.find(ws, s.id())).contains(s);
    }

    @Test
    void givenSubscription_whenDeleted_thenGone() {
        WebhookSubscription s = aWebhook(ws, "https://a.example.com", T0, TIER_CHANGED);
        store.insert(s);

        assertThat(store.delete(ws, s.id())).isTrue();

        assertThat(store.find(ws, s.id())).isEmpty();
        assertThat(store.delete(ws, s.id())).isFalse();
    }
}
