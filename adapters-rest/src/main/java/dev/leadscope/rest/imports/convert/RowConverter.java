package dev.leadscope.rest.imports.convert;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.account.FundingStage;
import dev.leadscope.domain.account.Technographics;
import dev.leadscope.domain.common.AttributeType;
import dev.leadscope.domain.common.AttributeValue;
import dev.leadscope.domain.common.CustomAttributes;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.Consent;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.LeadSource;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.lead.TitleProfile;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeId;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.port.in.ManageAccountsUseCase.AccountDetails;
import dev.leadscope.domain.port.in.ManageAccountsUseCase.AccountUpsert;
import dev.leadscope.domain.port.in.ManageLeadsUseCase.LeadDetails;
import dev.leadscope.domain.port.in.ManageLeadsUseCase.LeadUpsert;
import dev.leadscope.rest.imports.csv.CsvRecord;
import dev.leadscope.rest.imports.mapping.AttributeSpec;
import dev.leadscope.rest.imports.mapping.PreparedSource;
import dev.leadscope.rest.imports.mapping.RowFilter;
import dev.leadscope.rest.imports.mapping.SourceMapping;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns one CSV row of a prepared source into the domain value its kind needs ({@link AccountUpsert},
 * {@link LeadUpsert}, {@link ActivityEvent}, {@link Outcome}, {@link Note} or {@link IntentSignal}),
 * {@code null} for a row the filter drops, or throws {@link RowRejected} naming the column and the reason.
 * Not thread-safe: one converter per reading thread.
 */
public final class RowConverter {
    private final PreparedSource prepared;
    private final SourceMapping source;
    private final WorkspaceId workspace;
    private final Cells cells;
    private final DomainErrors errors;

    public RowConverter(PreparedSource prepared, WorkspaceId workspace) {
        this.prepared = prepared;
        this.source = prepared.source();
        this.workspace = workspace;
        this.cells = new Cells(prepared);
        this.errors = new DomainErrors(cells, source.fields().keySet());
    }

    public Object convert(CsvRecord row) {
        if (row.malformed()) {
            throw new RowRejected("-", null, row.problem());
        }
        if (row.size() != prepared.header().size()) {
            throw new RowRejected("-", null, "row has " + row.size() + " fields, the header has " + prepared.header().size());
        }
        cells.use(row);
        for (RowFilter filter : source.filters()) {
            if (!filter.keeps(cells.raw(filter.column()))) {
                return null;
            }
        }
        try {
            return switch (source.kind()) {
                case ACCOUNT -> account();
                case LEAD -> lead();
                case EVENT -> event();
                case OUTCOME -> outcome();
                case NOTE -> note();
                case INTENT -> intent();
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            throw errors.toRejection(e);
        }
    }

    /** The column a domain message ("leadId: lead not found: 7") is about, for rejections found after conversion. */
    public RowRejected rejection(String reason) {
        return errors.toRejection(new IllegalArgumentException(reason));
    }

    private AccountUpsert account() {
        AccountId id = new AccountId(required("account_id", cells.id("account_id")));
        Firmographics firmographics = new Firmographics(cells.text("industry"), cells.integer("employees"),
                cells.number("annual_revenue"), cells.number("growth_rate"), cells.number("hiring_velocity"),
                cells.list("hiring_for"), FundingStage.parse(cells.text("funding_stage")), cells.number("total_raised"),
                cells.text("country"), cells.text("region"), cells.integer("founded_year"), cells.integer("fiscal_year_end_month"));
        Technographics technographics = new Technographics(cells.list("technologies"), cells.list("competitor_products"));
        AccountDetails details = new AccountDetails(required("name", cells.text("name")), cells.text("domain"), firmographics,
                technographics, cells.date("contract_renewal_date"), attributes(), cells.instant("created_at"));
        return new AccountUpsert(id, details);
    }

    private LeadUpsert lead() {
        LeadId id = new LeadId(required("lead_id", cells.id("lead_id")));
        String account = cells.id("account_id");
        String owner = cells.id("owner_id");
        Consent consent = null;
        Boolean email = cells.bool("consent_email_marketing");
        Boolean tracking = cells.bool("consent_tracking");
        Boolean profiling = cells.bool("consent_profiling");
        if (email != null || tracking != null || profiling != null) {
            consent = new Consent(email != null ? email : Consent.DEFAULT.emailMarketing(),
                    tracking != null ? tracking : Consent.DEFAULT.tracking(), profiling != null ? profiling : Consent.DEFAULT.profiling());
        }
        LeadDetails details = new LeadDetails(account == null ? null : new AccountId(account), cells.text("first_name"),
                cells.text("last_name"), cells.text("email"), cells.text("title"),
                new LeadSource(cells.text("source_channel"), cells.text("source_campaign")), owner == null ? null : new RepId(owner),
                cells.instant("created_at"), consent, attributes());
        Instant probe = details.createdAt() != null ? details.createdAt() : Instant.EPOCH;
        new Lead(workspace, id, details.accountId(), details.firstName(), details.lastName(), details.email(), details.title(),
                TitleProfile.UNKNOWN, details.source(), details.owner(), probe, details.consent(), details.attributes());
        return new LeadUpsert(id, details);
    }

    private ActivityEvent event() {
        Map<String, String> properties = source.properties().isEmpty() ? Map.of() : new TreeMap<>();
        source.properties().forEach((column, key) -> {
            String v = cells.mapped(column, cells.raw(column));
            if (v != null) {
                properties.put(key, v);
            }
        });
        return new ActivityEvent(workspace, new EventId(required("event_id", cells.id("event_id"))),
                new LeadId(required("lead_id", cells.id("lead_id"))), new EventType(required("type", cells.text("type"))),
                cells.text("category"), required("occurred_at", cells.instant("occurred_at")), properties);
    }

    private Outcome outcome() {
        return new Outcome(workspace, new OutcomeId(required("outcome_id", cells.id("outcome_id"))),
                new LeadId(required("lead_id", cells.id("lead_id"))), OutcomeKind.parse(required("kind", cells.text("kind"))),
                cells.number("value"), cells.text("currency"), required("occurred_at", cells.instant("occurred_at")), cells.text("reason"));
    }

    private Note note() {
        return new Note(workspace, new NoteId(required("note_id", cells.id("note_id"))), new LeadId(required("lead_id", cells.id("lead_id"))),
                cells.text("channel"), cells.text("author"), required("text", cells.text("text")),
                required("written_at", cells.instant("written_at")));
    }

    private IntentSignal intent() {
        return new IntentSignal(workspace, new AccountId(required("account_id", cells.id("account_id"))),
                required("topic", cells.text("topic")), required("week_start", cells.date("week_start")),
                required("score", cells.integer("score")), cells.text("provider"));
    }

    private CustomAttributes attributes() {
        if (source.attributes().isEmpty()) {
            return CustomAttributes.NONE;
        }
        Map<String, AttributeValue> values = new HashMap<>();
        for (AttributeSpec a : source.attributes()) {
            String v = cells.mapped(a.column(), cells.raw(a.column()));
            if (v == null) {
                continue;
            }
            try {
                values.put(a.name(), a.type() == AttributeType.TIMESTAMP
                        ? new AttributeValue.TimestampValue(cells.times().instant(v))
                        : AttributeValue.parse(a.type(), v));
            } catch (IllegalArgumentException e) {
                throw new RowRejected(a.column(), v, a.type().name().toLowerCase(java.util.Locale.ROOT) + " attribute " + a.name() + ": " + e.getMessage());
            }
        }
        return new CustomAttributes(values);
    }

    private <T> T required(String field, T value) {
        if (value == null) {
            throw cells.reject(field, null, field + " is required but missing");
        }
        return value;
    }
}
