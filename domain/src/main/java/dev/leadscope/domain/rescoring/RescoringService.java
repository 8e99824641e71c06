package dev.leadscope.domain.rescoring;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.bant.Qualification;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.notify.Notification;
import dev.leadscope.domain.port.in.AccountNotFoundException;
import dev.leadscope.domain.port.in.QualifyLeadUseCase;
import dev.leadscope.domain.port.in.ScoreAccountUseCase;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Notifications;
import dev.leadscope.domain.port.out.RescoringStates;
import dev.leadscope.domain.port.out.StageTimes;
import dev.leadscope.domain.scoring.LeadScore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Rescores leads after they changed: scores them with the active model (appended to their history), qualifies and
 * routes them again, rescores their accounts, and publishes what changed against the states last told, which are
 * then stored (an account's only when its stage or surge moved). Notifications are published before the new states
 * are stored, so a failure in between repeats them rather than losing them. Thread-safe.
 */
public final class RescoringService {

    /** What one rescoring did. */
    public record Outcome(List<LeadScore> scores, int accounts, List<Notification> notifications) {
        public Outcome {
            scores = List.copyOf(scores);
            notifications = List.copyOf(notifications);
        }
    }

    /**
     * What one chunk of qualification (its accounts scored, its leads qualified) runs inside, e.g. memos that read each
     * account's members, intent and each lead's events once per chunk instead of once for the accounts and again for the
     * leads. A bulk rescoring's chunk runs inside it as a whole, with what the chunk read ({@code read}), from which the
     * memos then answer instead of reading the stores again.
     */
    @FunctionalInterface
    public interface ChunkScope {
        /** No scope: the chunk reads the stores as it goes. */
        ChunkScope NONE = (read, chunk) -> chunk.run();

        /** @param read what a bulk rescoring's chunk read of the stores, or null (a real-time batch reads as it goes) */
        void run(ChunkRead read, Runnable chunk);
    }

    /** Leads qualified per bulk read of the stores. */
    static final int QUALIFY_CHUNK = 1000;

    private final ScoreLeadUseCase scoring;
    private final QualifyLeadUseCase qualification;
    private final ScoreAccountUseCase accountScoring;
    private final AccountScoreMemo memo;
    private final Leads leads;
    private final RescoringStates states;
    private final Notifications notifications;
    private final ChangeDetector changes;
    private final Clock clock;
    private final StageTimes stages;
    private final ChunkScope chunkScope;

    /**
     * @param accountScoring when it is the {@link AccountScoreMemo} that {@code qualification} scores accounts with, each
     *                       account is scored once per batch
     */
    public RescoringService(ScoreLeadUseCase scoring, QualifyLeadUseCase qualification, ScoreAccountUseCase accountScoring,
                            Leads leads, RescoringStates states, Notifications notifications, ChangeDetector changes, Clock clock) {
        this(scoring, qualification, accountScoring, leads, states, notifications, changes, clock, StageTimes.NONE);
    }

    /**
     * @param stages hears the stages of a real-time rescoring after the scoring: {@code lead_states}, {@code leads},
     *               {@code accounts} (the batch's accounts scored), {@code qualification}, {@code account_changes},
     *               {@code notifications} and {@code states_store}
     */
    public RescoringService(ScoreLeadUseCase scoring, QualifyLeadUseCase qualification, ScoreAccountUseCase accountScoring,
                            Leads leads, RescoringStates states, Notifications notifications, ChangeDetector changes, Clock clock,
                            StageTimes stages) {
        this(scoring, qualification, accountScoring, leads, states, notifications, changes, clock, stages, ChunkScope.NONE);
    }

    /**
     * @param chunkScope what each chunk of {@value #QUALIFY_CHUNK} leads is qualified inside (the leads of one account
     *                   are put in one chunk where they fit)
     */
    public RescoringService(ScoreLeadUseCase scoring, QualifyLeadUseCase qualification, ScoreAccountUseCase accountScoring,
                            Leads leads, RescoringStates states, Notifications notifications, ChangeDetector changes, Clock clock,
                            StageTimes stages, ChunkScope chunkScope) {
        this.chunkScope = Objects.requireNonNull(chunkScope, "chunkScope");
        this.stages = Objects.requireNonNull(stages, "stages");
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        this.qualification = Objects.requireNonNull(qualification, "qualification");
        this.accountScoring = Objects.requireNonNull(accountScoring, "accountScoring");
        this.memo = accountScoring instanceof AccountScoreMemo m ? m : null;
        this.leads = Objects.requireNonNull(leads, "leads");
        this.states = Objects.requireNonNull(states, "states");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Rescores these leads of one workspace in one batch. Leads that no longer exist are skipped.
     *
     * @throws dev.leadscope.domain.port.out.ModelUnavailableException when no model is active: nothing is stored
     */
    public Outcome rescore(WorkspaceId workspace, Collection<LeadId> ids) {
        return afterScoring(workspace, scoring.scoreAll(workspace, ids), n -> { }, stages);
    }

    /**
     * Rescores the leads of one chunk of a bulk rescoring (every lead of a workspace, chunk by chunk, after a model was
     * activated) from what the chunk read of the stores once: the scores, the accounts' scores, the qualification and the
     * states compared and stored all answer from it, inside the chunk scope. Its notifications are published before its
     * states are stored, as for a real-time batch.
     *
     * @throws dev.leadscope.domain.port.out.ModelUnavailableException when no model is active: nothing is stored
     */
    public Outcome rescoreChunk(ChunkRead read) {
        WorkspaceId workspace = read.workspace();
        Outcome[] out = new Outcome[1];
        chunkScope.run(read, () -> out[0] = afterScoring(workspace, scoring.scoreRead(workspace, read), n -> { }, StageTimes.NONE));
        return out[0];
    }

    private Outcome afterScoring(WorkspaceId workspace, List<LeadScore> scores, IntConsumer progress, StageTimes stages) {
        return memo == null ? notify(workspace, scores, progress, stages)
                : memo.during(() -> notify(workspace, scores, progress, stages));
    }

    private Outcome notify(WorkspaceId workspace, List<LeadScore> scores, IntConsumer progress, StageTimes stages) {
        Instant at = clock.instant();
        List<Notification> out = new ArrayList<>();
        List<LeadState> leadStates = new ArrayList<>(scores.size());
        List<LeadId> scored = scores.stream().map(LeadScore::leadId).toList();
        Map<LeadId, LeadState> before = stages.time("lead_states", () -> states.leads(workspace, scored));
        Map<LeadId, Lead> found = stages.time("leads", () -> leads.findAll(workspace, scored));
        Map<LeadId, Qualification> qualified = new HashMap<>();
        List<LeadScore> byAccount = byAccount(scores, found);
        for (int from = 0; from < byAccount.size(); from += QUALIFY_CHUNK) {
            List<LeadScore> chunk = byAccount.subList(from, Math.min(byAccount.size(), from + QUALIFY_CHUNK));
            chunkScope.run(null, () -> {
                if (memo != null) {
                    // qualification asks for each account's stage: score the chunk's accounts in one batch first
                    List<AccountId> accountsOfChunk = new ArrayList<>();
                    for (LeadScore s : chunk) {
                        Lead lead = found.get(s.leadId());
                        if (lead != null) {
                            lead.account().ifPresent(accountsOfChunk::add);
                        }
                    }
                    stages.run("accounts", () -> memo.prefetch(workspace, accountsOfChunk));
                }
                qualified.putAll(stages.time("qualification", () -> qualification.qualifyAll(workspace, chunk)));
            });
            progress.accept(qualified.size());
        }
        for (LeadScore score : scores) {
            Qualification q = qualified.get(score.leadId());
            if (q == null) {
                continue;
            }
            LeadState now = new LeadState(score.leadId(), q.tier(), q.readiness(), score.probability().value());
            out.addAll(changes.lead(workspace, before.get(score.leadId()), now, q.action().name(), at));
            leadStates.add(now);
        }
        progress.accept(leadStates.size());
        Set<AccountId> accountIds = new LinkedHashSet<>();
        for (Lead lead : found.values()) {
            lead.account().ifPresent(accountIds::add);
        }
        long accountsStart = System.nanoTime();
        Map<AccountId, AccountState> accountsBefore = states.accounts(workspace, accountIds);
        int accountsScored = 0;
        // an account's stage and surge rarely move with one event: only the states that did are written again
        List<AccountState> accountsChanged = new ArrayList<>();
        for (AccountId id : accountIds) {
            AccountScore account;
            try {
                account = accountScoring.score(workspace, id);
            } catch (AccountNotFoundException e) {
                continue;
            }
            AccountState previous = accountsBefore.get(id);
            out.addAll(changes.account(workspace, previous, account, at));
            AccountState now = new AccountState(id, account.stage(), account.surge().surging());
            accountsScored++;
            if (!now.equals(previous)) {
                accountsChanged.add(now);
            }
        }
        stages.took("account_changes", System.nanoTime() - accountsStart);
        if (!out.isEmpty()) {
            stages.run("notifications", () -> notifications.publish(out));
        }
        stages.run("states_store", () -> {
            states.saveLeads(workspace, leadStates);
            states.saveAccounts(workspace, accountsChanged);
        });
        return new Outcome(scores, accountsScored, out);
    }

    /**
     * The scores with the leads of each account next to each other (in the order of their accounts' first lead, leads
     * without an account last), so that a chunk reads the members and events of as few accounts as it can.
     */
    private static List<LeadScore> byAccount(List<LeadScore> scores, Map<LeadId, Lead> found) {
        Map<AccountId, List<LeadScore>> grouped = new LinkedHashMap<>();
        List<LeadScore> alone = new ArrayList<>();
        for (LeadScore s : scores) {
            Lead lead = found.get(s.leadId());
            AccountId account = lead == null ? null : lead.account().orElse(null);
            if (account == null) {
                alone.add(s);
            } else {
                grouped.computeIfAbsent(account, k -> new ArrayList<>()).add(s);
            }
        }
        List<LeadScore> out = new ArrayList<>(scores.size());
        grouped.values().forEach(out::addAll);
        out.addAll(alone);
        return out;
    }
}
