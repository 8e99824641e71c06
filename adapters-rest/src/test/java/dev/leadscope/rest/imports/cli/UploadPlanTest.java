package dev.leadscope.rest.imports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadPlanTest {
    @TempDir
    Path dir;

    @Test
    void givenAFileLargerThanOneUpload_whenPlanned_thenCutBetweenRecordsNeverInsideQuotesAndEveryPartKeepsTheHeader() throws IOException {
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int i = 0; i < 200; i++) {
            csv.append("r").append(i).append(i % 3 == 0 ? ",\"two\nlines, \"\"quoted\"\"\"\n" : ",plain\n");
        }
        Path file = Files.writeString(dir.resolve("notes.csv"), csv);

        List<UploadPlan.Upload> uploads = UploadPlan.of(Map.of("notes.csv", file), 400);

        assertThat(uploads.size()).isGreaterThan(5);
        StringBuilder records = new StringBuilder();
        for (UploadPlan.Upload upload : uploads) {
            assertThat(upload.size()).isLessThanOrEqualTo(400);
            UploadPlan.Slice slice = upload.slices().get("notes.csv");
            String sent = read(slice);
            assertThat(sent).startsWith("id,text\n");
            String body = sent.substring("id,text\n".length());
            assertThat(body).startsWith("r").endsWith("\n");
            assertThat(body.chars().filter(c -> c == '"').count() % 2).as("quotes balanced in %s", body).isZero();
            long lineInFile = csv.substring(0, (int) slice.from()).chars().filter(c -> c == '\n').count() + 1;
            assertThat(slice.firstLine()).isEqualTo(lineInFile);
            records.append(body);
        }
        assertThat("id,text\n" + records).isEqualTo(csv.toString());
    }

    @Test
    void givenASmallFileAndALargeOne_whenPlanned_thenTheyGoInDependencyOrderAndEachUploadSendsTheOtherAsItsHeaderOnly() throws IOException {
        Path leads = Files.writeString(dir.resolve("leads.csv"), "lead_id\nl1\nl2\n");
        StringBuilder events = new StringBuilder("event_id,lead_id\n");
        for (int i = 0; i < 100; i++) {
            events.append("e").append(i).append(",l1\n");
        }
        Path eventsFile = Files.writeString(dir.resolve("events.csv"), events);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("leads.csv", leads);
        files.put("events.csv", eventsFile);

        List<UploadPlan.Upload> uploads = UploadPlan.of(files, 300);

        assertThat(uploads.get(0).slices()).containsOnlyKeys("leads.csv");
        assertThat(new String(uploads.get(0).headersOnly().get("events.csv"), StandardCharsets.UTF_8)).isEqualTo("event_id,lead_id\n");
        assertThat(uploads.get(0).number()).isEqualTo(1);
        assertThat(uploads).hasSizeGreaterThan(3);
        for (UploadPlan.Upload later : uploads.subList(1, uploads.size())) {
            assertThat(later.slices()).containsOnlyKeys("events.csv");
            assertThat(new String(later.headersOnly().get("leads.csv"), StandardCharsets.UTF_8)).isEqualTo("lead_id\n");
            assertThat(later.of()).isEqualTo(uploads.size());
        }
        assertThat(UploadPlan.of(files, 1 << 20)).singleElement().satisfies(u -> {
            assertThat(u.slices()).containsOnlyKeys("leads.csv", "events.csv");
            assertThat(u.headersOnly()).isEmpty();
        });
    }

    private static String read(UploadPlan.Slice slice) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(slice.header());
        try (SeekableByteChannel channel = Files.newByteChannel(slice.file())) {
            channel.position(slice.from());
            InputStream in = Channels.newInputStream(channel);
            out.write(in.readNBytes((int) (slice.to() - slice.from())));
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
