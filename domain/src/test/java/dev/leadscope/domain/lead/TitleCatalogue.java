package dev.leadscope.domain.lead;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The real-world titles of title-catalogue.csv with the profile each should get, for the property tests. */
final class TitleCatalogue {
    static final String RESOURCE = "/dev/leadscope/domain/lead/title-catalogue.csv";

    /** One catalogue row. */
    record Entry(String title, TitleProfile expected) {
    }

    private TitleCatalogue() {
    }

    static List<Entry> entries() {
        try (InputStream in = TitleCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> entries = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int roleAt = line.lastIndexOf('|');
                int seniorityAt = line.lastIndexOf('|', roleAt - 1);
                String title = unquote(line.substring(0, seniorityAt));
                entries.add(new Entry(title, new TitleProfile(
                        Seniority.valueOf(line.substring(seniorityAt + 1, roleAt)),
                        CommitteeRole.valueOf(line.substring(roleAt + 1)))));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
