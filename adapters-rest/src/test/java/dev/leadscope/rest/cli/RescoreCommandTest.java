package dev.leadscope.rest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** {@code leadscope rescore} on a database of its own. */
class RescoreCommandTest extends CommandLineTest {
    @Test
    void givenNoActiveModel_whenRescored_thenFailsSayingSo() {
        assertThat(run("rescore", "--db-url", dbUrl())).isEqualTo(1);
        assertThat(err.toString()).contains("no model is active in workspace default");
    }

    @Test
    void givenAnActiveModel_whenRescored_thenEveryLeadGetsAScoreAndAStateAndNoneStaysPending() throws SQLException {
        Path sim = work.resolve("sim");
        assertThat(run("simulate", "--accounts", "80", "--seed", "11", "--out", sim.toString())).as(err.toString()).isZero();
        assertThat(run("import", "--mapping", sim.resolve("mapping.yml").toString(), "--db-url", dbUrl(), "--quiet"))
                .as(err.toString()).isZero();
        assertThat(run("train", "--db-url", dbUrl(), "--seed", "3", "--activate")).as(err.toString()).isZero();
        long leads = count("SELECT COUNT(*) FROM leads");
        // the import marked its leads pending; no worker ran since
        assertThat(count("SELECT COUNT(*) FROM rescoring_pending")).isPositive();

        int code = run("rescore", "--db-url", dbUrl());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("rescored " + leads + " leads of workspace default in ");
        // chunk by chunk: every lead scored once more and its state stored, every marker read with its chunk cleared
        assertThat(count("SELECT COUNT(DISTINCT lead_id) FROM lead_scores")).isEqualTo(leads);
        assertThat(count("SELECT COUNT(*) FROM rescoring_lead_states")).isEqualTo(leads);
        assertThat(count("SELECT COUNT(*) FROM rescoring_account_states"))
                .isEqualTo(count("SELECT COUNT(DISTINCT account_id) FROM leads WHERE account_id IS NOT NULL"));
        assertThat(count("SELECT COUNT(*) FROM rescoring_pending")).isZero();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(dbUrl(), "sa", ""); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
