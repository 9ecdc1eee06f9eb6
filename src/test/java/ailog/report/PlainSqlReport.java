package ailog.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's aggregates as hand-written SQL over plain JDBC, one after another on one connection: the floor the
 * jOOQ adapter is measured against (which runs the 90 days' query on a second connection meanwhile).
 */
final class PlainSqlReport {
    private static final String WORKFLOWS = """
            select workflow_key, outcome, edit_type, count(*) from run
            where run_date between ?1 and ?2
            group by workflow_key, outcome, edit_type""";
    private static final String MEMBERS_RECENT = """
            select user_id,
                   count(*) filter (where run_date between ?1 and ?2),
                   count(*) filter (where run_date between ?1 and ?2 and outcome in ('as-is', 'light-edit')),
                   count(*) filter (where run_date >= ?3),
                   count(distinct case when run_date >= ?3 then workflow_key end),
                   max(run_date)
            from run
            where +run_date between ?5 and ?2
            group by user_id""";
    private static final String MEMBERS_90_DAYS = """
            select user_id, count(distinct workflow_key), max(run_date)
            from run
            where +run_date between ?4 and ?2
            group by user_id""";
    private static final String FIRST_RUNS = """
            select user_id, (select min(run_date) from run
                             where run.user_id = enrollment.user_id and run_date > trained_on and run_date <= ?2)
            from enrollment
            where trained_on <= ?2""";
    private static final String ENROLLMENTS = "select * from enrollment";
    private static final String CATALOG = "select * from workflow order by key";

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d)");

    private PlainSqlReport() {}

    /** Milliseconds per query, and in total, for a window of {@code days} ending on {@code today}. */
    static Map<String, Long> time(String url, LocalDate today, int days) throws SQLException {
        String[] dates = {today.minusDays(days - 1L).toString(), today.toString(), today.minusDays(27).toString(),
                today.minusDays(89).toString(),
                (days > 28 ? today.minusDays(days - 1L) : today.minusDays(27)).toString()};
        Map<String, Long> millis = new LinkedHashMap<>();
        boolean postgres = url.startsWith("jdbc:postgresql:");
        try (Connection connection = DriverManager.getConnection(url)) {
            long start = System.nanoTime();
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("catalog", CATALOG);
            queries.put("enrollments", ENROLLMENTS);
            queries.put("per workflow", WORKFLOWS);
            queries.put("per member, window and 28 days", MEMBERS_RECENT);
            queries.put("per member, 90 days", MEMBERS_90_DAYS);
            queries.put("first run after training", FIRST_RUNS);
            queries.forEach((name, sql) -> millis.put(name, timeOne(connection, postgres ? forPostgres(sql) : sql,
                    dates)));
            millis.put("total", (System.nanoTime() - start) / 1_000_000);
        }
        return millis;
    }

    /** Without SQLite's index hint (its unary plus, which PostgreSQL's planner does not need and text has not). */
    private static String forPostgres(String sql) {
        return sql.replace("+run_date", "run_date");
    }

    /**
     * Runs one query, its numbered parameters ({@code ?1}, as SQLite writes them) bound by position, which both
     * databases take.
     */
    private static long timeOne(Connection connection, String sql, String[] dates) {
        long start = System.nanoTime();
        List<Integer> numbers = new ArrayList<>();
        Matcher parameter = NUMBERED.matcher(sql);
        while (parameter.find()) {
            numbers.add(Integer.parseInt(parameter.group(1)));
        }
        try (PreparedStatement statement = connection.prepareStatement(parameter.replaceAll("?"))) {
            for (int i = 0; i < numbers.size(); i++) {
                statement.setString(i + 1, dates[numbers.get(i) - 1]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getString(1); // read every row, as the adapter does
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
