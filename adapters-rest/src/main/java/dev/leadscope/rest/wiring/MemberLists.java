package dev.leadscope.rest.wiring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The pages of each account's members (its leads) last listed, kept in memory up to {@code leads} leads in all, each
 * page for at most {@code ttl}: every rescoring lists the committee of its lead's account, for the history, the
 * qualification and the account's score. A lead saved through this instance drops its workspace's pages, an erased
 * lead the pages that hold it; the expiry bounds how long a change made by another process goes unseen. Thread-safe.
 */
public final class MemberLists {
    private record Key(WorkspaceId workspace, AccountId account, int offset, int limit) {
    }

    private final Cache<Key, Page<Lead>> cache;
    private final boolean off;
    /** Counts the drops, so that a page read while a change was stored is not kept past the change. */
    private final AtomicLong changes = new AtomicLong();

    /** @param leads how many leads the kept pages hold in all; 0: nothing is kept */
    public MemberLists(long leads, Duration ttl) {
        this.off = leads == 0;
        this.cache = Caffeine.newBuilder().maximumWeight(leads)
                .weigher((Key k, Page<Lead> page) -> Math.max(1, page.items().size()))
                .expireAfterWrite(ttl).build();
    }

    /** Whether nothing is kept. */
    boolean off() {
        return off;
    }

    /** The account's page as kept, or as {@code read} lists it now (then kept). */
    Page<Lead> page(WorkspaceId workspace, AccountId account, PageRequest request, Supplier<Page<Lead>> read) {
        Key key = new Key(workspace, account, request.offset(), request.limit());
        Page<Lead> kept = cache.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        long before = changes.get();
        Page<Lead> page = read.get();
        cache.put(key, page);
        // a change stored while the page was read may be missing from it: its drop comes after this put, or else it
        // is seen here as a changed count (a change counts itself before it drops)
        if (changes.get() != before) {
            cache.invalidate(key);
        }
        return page;
    }

    /** Leads of this workspace were saved (created, changed, moved to another account): drops its pages. */
    public void saved(WorkspaceId workspace) {
        changes.incrementAndGet();
        cache.asMap().keySet().removeIf(k -> k.workspace().equals(workspace));
    }

    /** These leads were erased or changed by another process: drops the pages that hold any of them. */
    public void changed(WorkspaceId workspace, Collection<LeadId> leads) {
        Set<LeadId> gone = Set.copyOf(leads);
        changes.incrementAndGet();
        cache.asMap().entrySet().removeIf(e -> e.getKey().workspace().equals(workspace)
                && e.getValue().items().stream().anyMatch(l -> gone.contains(l.id())));
    }
}
