package tw.vendorrisk.oversight;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.common.Listing;

/**
 * Audits, on-site reviews and SLA reports as the workspace shows them: those due soon or overdue across
 * the register (the home page), and one vendor's timeline (the vendor page). Each is one query.
 */
@Component
@Transactional(readOnly = true)
public class OversightOverview {

    /** One activity, with the contract and vendor it belongs to. */
    public record Activity(Long id, Long contractId, Long vendorId, String vendorName, String serviceDescription,
            OversightKind kind, int sequenceNo, boolean adHoc, LocalDate periodStart, LocalDate periodEnd,
            LocalDate dueOn, OversightStatus status, String outcome, LocalDate completedOn, String completedBy,
            long daysLeft) {

        /** Still to do and past its due date. */
        public boolean overdue() {
            return (status == OversightStatus.OPEN || status == OversightStatus.SCHEDULED) && daysLeft < 0;
        }

        /** Done after its due date. */
        public boolean doneLate() {
            return status == OversightStatus.DONE && completedOn != null && completedOn.isAfter(dueOn);
        }
    }

    private static final String SELECT = "select a.id, a.contract_id, v.id, v.name, s.description, a.kind, a.sequence_no,"
            + " a.ad_hoc, a.period_start, a.period_end, a.due_on, a.status, a.outcome, a.completed_at, a.completed_by"
            + " from oversight_activity a join contract c on c.id = a.contract_id join vendor v on v.id = c.vendor_id"
            + " join outsourced_service s on s.id = c.service_id";

    private final NamedParameterJdbcTemplate jdbc;

    OversightOverview(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Activities not done yet that fall due within the days or are overdue, the earliest first. */
    public Listing<Activity> due(int days, int limit) {
        LocalDate today = EngineClock.today();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("until", Date.valueOf(today.plusDays(days))).addValue("limit", limit);
        String where = " where a.status in ('SCHEDULED', 'OPEN') and a.due_on <= :until";
        long total = jdbc.queryForObject("select count(*) from oversight_activity a" + where, parameters, Long.class);
        return new Listing<>(jdbc.query(SELECT + where + " order by a.due_on, a.id limit :limit", parameters,
                (rs, row) -> activity(rs, today)), total);
    }

    /** Every activity of the vendor's contracts, by due date. */
    public List<Activity> ofVendor(Long vendorId) {
        LocalDate today = EngineClock.today();
        return new ArrayList<>(jdbc.query(SELECT + " where c.vendor_id = :vendorId order by a.due_on, a.id",
                new MapSqlParameterSource("vendorId", vendorId), (rs, row) -> activity(rs, today)));
    }

    private static Activity activity(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getDate(11).toLocalDate();
        Timestamp completed = rs.getTimestamp(14);
        return new Activity(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                OversightKind.valueOf(rs.getString(6)), rs.getInt(7), rs.getBoolean(8), rs.getDate(9).toLocalDate(),
                rs.getDate(10).toLocalDate(), due, OversightStatus.valueOf(rs.getString(12)), rs.getString(13),
                completed == null ? null : completed.toLocalDateTime().toLocalDate(), rs.getString(15),
                ChronoUnit.DAYS.between(today, due));
    }
}
