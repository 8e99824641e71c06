package dev.leadscope.domain.service;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.TitlePolicy;
import dev.leadscope.domain.port.in.AccountNotFoundException;
import dev.leadscope.domain.port.in.AlreadyExistsException;
import dev.leadscope.domain.port.in.LeadNotFoundException;
import dev.leadscope.domain.port.in.ManageLeadsUseCase;
import dev.leadscope.domain.port.in.UpsertResult;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.account.AccountId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.UUID;

/** Creates, changes and reads leads, deriving seniority and committee role from the title. */
public final class LeadService implements ManageLeadsUseCase {
    private final Leads leads;
    private final Accounts accounts;
    private final TitlePolicy titlePolicy;
    private final Clock clock;

    public LeadService(Leads leads, Accounts accounts, TitlePolicy titlePolicy, Clock clock) {
        this.leads = Objects.requireNonNull(leads);
        this.accounts = Objects.requireNonNull(accounts);
        this.titlePolicy = Objects.requireNonNull(titlePolicy);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Lead create(WorkspaceId workspace, LeadId id, LeadDetails details) {
        LeadId leadId = id != null ? id : new LeadId(UUID.randomUUID().toString());
        Lead lead = build(workspace, leadId, details);
        if (leads.findById(workspace, leadId).isPresent()) {
            throw new AlreadyExistsException("lead", leadId.value());
        }
        requireAccount(workspace, details);
        leads.save(lead);
        return lead;
    }

    @Override
    public Lead update(WorkspaceId workspace, LeadId id, LeadDetails details) {
        Lead existing = get(workspace, id);
        Lead fresh = build(workspace, id, details);
        requireAccount(workspace, details);
        Lead updated = existing.updatedFrom(fresh);
        leads.save(updated);
        return updated;
    }

    @Override
    public Lead upsert(WorkspaceId workspace, LeadId id, LeadDetails details) {
        Lead fresh = build(workspace, Objects.requireNonNull(id, "leadId"), details);
        requireAccount(workspace, details);
        Lead stored = leads.findById(workspace, id)
                .map(existing -> details.createdAt() == null ? existing.updatedFrom(fresh) : fresh)
                .orElse(fresh);
        leads.save(stored);
        return stored;
    }

    @Override
    public List<UpsertResult> upsertAll(WorkspaceId workspace, List<LeadUpsert> items) {
        if (items.size() > MAX_BULK) {
            throw new IllegalArgumentException("a bulk upsert holds at most " + MAX_BULK + " leads: " + items.size());
        }
        Set<AccountId> knownAccounts = accounts.existing(workspace, items.stream()
                .map(i -> i.details().accountId()).filter(Objects::nonNull).distinct().toList());
        Map<LeadId, Lead> current = new HashMap<>(leads.findAll(workspace, items.stream().map(LeadUpsert::id).distinct().toList()));
        Map<LeadId, Lead> changed = new LinkedHashMap<>();
        List<UpsertResult> results = new ArrayList<>(items.size());
        for (LeadUpsert item : items) {
            LeadDetails details = item.details();
            if (details.accountId() != null && !knownAccounts.contains(details.accountId())) {
                results.add(new UpsertResult.Rejected("accountId: account not found: " + details.accountId()));
                continue;
            }
            Lead fresh;
            try {
                fresh = build(workspace, item.id(), details);
            } catch (IllegalArgumentException | NullPointerException e) {
                results.add(Upserts.rejected(e, "lead"));
                continue;
            }
            Upserts.merge(item.id(), fresh, details.createdAt() != null, current, changed, Lead::updatedFrom, results);
        }
        if (!changed.isEmpty()) {
            leads.saveAll(new ArrayList<>(changed.values()));
        }
        return results;
    }

    @Override
    public Lead get(WorkspaceId workspace, LeadId id) {
        return leads.findById(workspace, id).orElseThrow(() -> new LeadNotFoundException(id));
    }

    @Override
    public Page<Lead> list(WorkspaceId workspace, LeadFilter filter, PageRequest page) {
        return leads.list(workspace, filter == null ? LeadFilter.ALL : filter, page);
    }

    private void requireAccount(WorkspaceId workspace, LeadDetails details) {
        if (details.accountId() != null && accounts.findById(workspace, details.accountId()).isEmpty()) {
            throw new AccountNotFoundException(details.accountId());
        }
    }

    private Lead build(WorkspaceId workspace, LeadId id, LeadDetails d) {
        return new Lead(workspace, id, d.accountId(), d.firstName(), d.lastName(), d.email(), d.title(),
                titlePolicy.classify(d.title()), d.source(), d.owner(),
                d.createdAt() != null ? d.createdAt() : clock.instant(), d.consent(), d.attributes());
    }
}
