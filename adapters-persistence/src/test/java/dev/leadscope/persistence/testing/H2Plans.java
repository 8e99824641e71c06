package dev.leadscope.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** H2's plan of a statement as the stores run it: named parameters become JDBC ones, each bound to {@code value}. */
public final class H2Plans {
    private H2Plans() {
    }

    /** The plan H2 chooses for {@code sql} with every parameter bound to {@code value}, as EXPLAIN prints it. */
    public static String explain(ApplicationContext context, String sql, Object value) throws SQLException {
        DataSource dataSource = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
        String jdbc = sql.replaceAll(":[a-zA-Z]+", "?");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("EXPLAIN " + jdbc)) {
            for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
                s.setObject(i, value);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The columns of {@code index} on {@code table}, in the index's order (lower case). */
    public static List<String> indexColumns(ApplicationContext context, String table, String index) throws SQLException {
        DataSource dataSource = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.getMetaData().getIndexInfo(null, null, table, false, false)) {
            while (rs.next()) {
                if (index.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    /**
     * Asserts that H2 answers {@code sql} (its LIMIT given as a number, every parameter bound to {@code value}) by
     * reading {@code index} in the order asked, so that it stops at the limit instead of sorting every row.
     */
    public static void assertReadInIndexOrder(ApplicationContext context, String sql, Object value, String index) throws SQLException {
        assertThat(explain(context, sql, value)).contains(index).contains("index sorted").doesNotContain("index sorted:");
    }
}
