package dev.leadscope.qualification.bant;

import dev.leadscope.domain.bant.BantCriterion;
import dev.leadscope.domain.bant.BantStatus;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints how the default phrase rules read every sentence of the BANT table, and the totals. */
public final class BantTableReport {
    private BantTableReport() {
    }

    public static void main(String[] args) throws IOException {
        report("development table (written together with the rules)", "/bant-sentences.psv");
        report("unseen sentences (never used to tune the rules)", "/bant-sentences-unseen.psv");
    }

    private static void report(String title, String resource) throws IOException {
        System.out.println("== " + title);
        NoteReader reader = new NoteReader(PhraseLexicon.defaults());
        List<NoteReaderTableTest.Row> rows = NoteReaderTableTest.table(resource);
        int rowsRight = 0;
        int cells = 0;
        int cellsRight = 0;
        int stated = 0;
        int statedRight = 0;
        int decided = 0;
        int decidedRight = 0;
        for (NoteReaderTableTest.Row row : rows) {
            Map<BantCriterion, BantStatus> got = new EnumMap<>(BantCriterion.class);
            for (BantCriterion c : BantCriterion.values()) {
                got.put(c, BantStatus.UNKNOWN);
            }
            reader.verdicts(row.sentence()).forEach((c, f) -> got.put(c, f.status()));
            boolean right = got.equals(row.expected());
            rowsRight += right ? 1 : 0;
            StringBuilder line = new StringBuilder(right ? "ok   " : "MISS ");
            for (BantCriterion c : BantCriterion.values()) {
                cells++;
                cellsRight += got.get(c) == row.expected().get(c) ? 1 : 0;
                if (got.get(c) != BantStatus.UNKNOWN) {
                    decided++;
                    decidedRight += got.get(c) == row.expected().get(c) ? 1 : 0;
                }
                if (row.expected().get(c) != BantStatus.UNKNOWN) {
                    stated++;
                    statedRight += got.get(c) == row.expected().get(c) ? 1 : 0;
                }
                line.append(String.format(Locale.ROOT, "%-8s", short_(got.get(c))));
            }
            System.out.println(line.append(row.sentence()));
        }
        System.out.printf(Locale.ROOT, "%d of %d sentences classified exactly right; %d of %d criterion cells; "
                + "%d of %d stated criteria found; %d of %d verdicts given are right%n",
                rowsRight, rows.size(), cellsRight, cells, statedRight, stated, decidedRight, decided);
    }

    private static String short_(BantStatus s) {
        return switch (s) {
            case MET -> "met";
            case PARTLY -> "partly";
            case NOT_MET -> "not";
            case UNKNOWN -> "-";
        };
    }
}
