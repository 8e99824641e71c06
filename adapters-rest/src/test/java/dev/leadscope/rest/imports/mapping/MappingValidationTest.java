package dev.leadscope.rest.imports.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadscope.domain.common.AttributeType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingValidationTest {
    @TempDir
    Path dir;

    private ImportMapping parse(String yaml) throws IOException {
        Path mapping = dir.resolve("mapping.yml");
        Files.writeString(mapping, yaml);
        return new MappingParser(FileResolver.relativeTo(dir)).parse(mapping);
    }

    private List<String> problems(String yaml) throws IOException {
        MappingException e = catchThrowableOfType(MappingException.class, () -> new MappingValidator().prepare(parse(yaml)));
        assertThat(e).as("mapping should be rejected").isNotNull();
        return e.problems();
    }

    @Test
    void givenUnknownFieldKeyAndType_whenParsed_thenEachProblemNamesItsKey() throws IOException {
        Files.writeString(dir.resolve("leads.csv"), "id,visits\n1,3\n");

        List<String> problems = problems("""
                sources:
                  - file: leads.csv
                    kind: lead
                    colour: blue
                    fields:
                      lead_id: id
                      created: visits
                    attributes:
                      visits: {type: amount}
                """);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("sources[0].colour: unknown key"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("sources[0].fields.created: unknown field for kind lead"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("sources[0].attributes.visits.type: attribute type must be one of"));
    }

    @Test
    void givenMissingFileAndUnknownKind_whenParsed_thenBothReported() throws IOException {
        List<String> problems = problems("""
                sources:
                  - file: nowhere.csv
                    kind: opportunity
                """);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("sources[0].file: file not found:").contains("nowhere.csv"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("sources[0].kind: must be one of"));
    }

    @Test
    void givenColumnNotInHeader_whenValidated_thenProblemNamesKeyColumnAndFile() throws IOException {
        Files.writeString(dir.resolve("events.csv"), "case,activity,at\n1,A,2012-01-01T00:00:00Z\n");

        List<String> problems = problems("""
                sources:
                  - file: events.csv
                    kind: event
                    fields:
                      event_id: {hash: [case, step]}
                      lead_id: case
                      type: activity
                      occurred_at: time
                    exclude:
                      activity: leaks
                """);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("sources[0].fields.event_id.hash: column 'step' is not in the header of events.csv"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("sources[0].fields.occurred_at: column 'time'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("sources[0].exclude.activity: column 'activity' is excluded but also mapped"));
    }

    @Test
    void givenRequiredFieldMissing_whenParsed_thenKeyAndAlternativesNamed() throws IOException {
        Files.writeString(dir.resolve("o.csv"), "id,stage\n1,Won\n");

        List<String> problems = problems("""
                sources:
                  - file: o.csv
                    kind: outcome
                    fields: {lead_id: id, kind: stage}
                """);

        assertThat(problems).contains(
                "sources[0].fields.outcome_id: required for kind outcome (map a column, use {hash: [columns]}, or give a constant)",
                "sources[0].fields.occurred_at: required for kind outcome (map a column, use {hash: [columns]}, or give a constant)");
    }

    @Test
    void givenOtherColumnsDetect_whenPrepared_thenUnusedColumnsBecomeTypedAttributesAndExcludedOnesDoNot() throws IOException {
        Files.writeString(dir.resolve("leads.csv"), """
                Prospect ID,Total Visits,Do Not Email,Country,Tags
                a1,3,No,India,Ringing
                a2,,Yes,Select,Will revert
                """);

        List<PreparedSource> prepared = new MappingValidator().prepare(parse("""
                sources:
                  - file: leads.csv
                    kind: lead
                    null_values: [Select]
                    fields: {lead_id: Prospect ID}
                    other_columns: detect
                    exclude:
                      Tags: written by sales after contact
                """));

        assertThat(prepared.get(0).source().attributes()).containsExactly(
                new AttributeSpec("Total Visits", "total_visits", AttributeType.NUMBER),
                new AttributeSpec("Do Not Email", "do_not_email", AttributeType.BOOLEAN),
                new AttributeSpec("Country", "country", AttributeType.CATEGORY));
    }

    @Test
    void givenSourcesInAnyOrder_whenOrdered_thenAccountsLeadsThenFacts() throws IOException {
        Files.writeString(dir.resolve("f.csv"), "a,b\n1,2\n");
        ImportMapping mapping = parse("""
                sources:
                  - {file: f.csv, kind: outcome, fields: {outcome_id: a, lead_id: a, kind: b}, constants: {occurred_at: 2020-01-01}}
                  - {file: f.csv, kind: lead, fields: {lead_id: a}}
                  - {file: f.csv, kind: account, fields: {account_id: a, name: b}}
                """);

        assertThat(mapping.inDependencyOrder()).extracting(SourceMapping::kind)
                .containsExactly(EntityKind.ACCOUNT, EntityKind.LEAD, EntityKind.OUTCOME);
    }
}
