package tw.vendorrisk.register;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.EngineClock;

/**
 * The vendor list of the workspace: search by name or tax ID, filters, sort and paging, all in SQL, so a
 * page costs the same with 10 000 vendors and 40 000 services: a count, the page's vendors, and one
 * grouped query each for their services, contracts and certificates (never one per vendor).
 */
@Component
@Transactional(readOnly = true)
public class VendorDirectory {

    /** Where a vendor stands, from its services. */
    public enum VendorStatus {
        /** A service selected or active. */
        IN_USE,
        /** A service under selection. */
        IN_SELECTION,
        /** Nothing in use any more, but a service that ended. */
        ENDED,
        /** No service in use, under selection or ended. */
        NO_SERVICE
    }

    public enum Sort { NAME, TAX_ID, NEWEST, SERVICES, SPEND }

    /** What the list shows: every criterion may be left out (null or false). */
    public record Filter(String search, VendorStatus status, Criticality criticality, Boolean cloud,
            boolean certificateDue, boolean concentrated, Sort sort, int page, int size) {
    }

    public record Row(Long id, String name, String taxId, String country, BigDecimal marketSharePercent,
            long servicesInUse, long servicesInSelection, long servicesEnded, BigDecimal annualSpend,
            long runningContracts, LocalDate certificateDueOn, boolean concentrated) {

        /** The certificate due has expired already (by the engine's clock). */
        public boolean certificateExpired() {
            return certificateDueOn != null && certificateDueOn.isBefore(EngineClock.today());
        }

        public VendorStatus status() {
            return servicesInUse > 0 ? VendorStatus.IN_USE : servicesInSelection > 0 ? VendorStatus.IN_SELECTION
                    : servicesEnded > 0 ? VendorStatus.ENDED : VendorStatus.NO_SERVICE;
        }
    }

    public record Page(List<Row> rows, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public long firstRow() {
            return rows.isEmpty() ? 0 : (long) page * size + 1;
        }

        public long lastRow() {
            return (long) page * size + rows.size();
        }
    }

    /** The statuses of a service that is in use, for concentration too. */
    static final String IN_USE = "('SELECTED', 'ACTIVE')";
    static final String CURRENT = "('PROPOSED', 'SELECTED', 'ACTIVE')";

    /**
     * A certificate of {@code c} that needs renewing: the vendor's latest of its type, not yet answered by
     * the {@code certificate-expiry} process, expiring by {@code :certificateLimit} (or expired).
     */
    static final String CERTIFICATE_DUE = "c.renewal_outcome is null and c.expires_on <= :certificateLimit "
            + "and not exists (select 1 from certificate n where n.vendor_id = c.vendor_id and n.type = c.type "
            + "and n.expires_on > c.expires_on)";

    private final NamedParameterJdbcTemplate jdbc;
    private final ConcentrationWatch concentration;
    private final int certificateLeadDays;

    VendorDirectory(NamedParameterJdbcTemplate jdbc, ConcentrationWatch concentration,
            @Value("${app.certificates.renewal-lead-days:60}") int certificateLeadDays) {
        this.jdbc = jdbc;
        this.concentration = concentration;
        this.certificateLeadDays = certificateLeadDays;
    }

    /** A certificate expiring within this many days counts as due (the certificate-expiry lead time). */
    public int certificateLeadDays() {
        return certificateLeadDays;
    }

    public Page find(Filter filter) {
        Set<Long> concentrated = concentration.vendorsTooConcentrated();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("certificateLimit", Date.valueOf(EngineClock.today().plusDays(certificateLeadDays)));
        String where = where(filter, concentrated, parameters);
        long total = jdbc.queryForObject("select count(*) from vendor v" + where, parameters, Long.class);

        boolean byServices = filter.sort() == Sort.SERVICES || filter.sort() == Sort.SPEND;
        String select = "select v.id from vendor v"
                + (byServices ? " left join (select vendor_id, sum(case when status in " + IN_USE + " then 1 else 0 end)"
                        + " in_use, sum(case when status in " + IN_USE + " then annual_spend else 0 end) spend"
                        + " from outsourced_service group by vendor_id) s on s.vendor_id = v.id" : "")
                + where + " order by " + switch (filter.sort() == null ? Sort.NAME : filter.sort()) {
                    case NAME -> "v.name, v.id";
                    case TAX_ID -> "v.tax_id, v.id";
                    case NEWEST -> "v.created_at desc, v.id desc";
                    case SERVICES -> "coalesce(s.in_use, 0) desc, v.name, v.id";
                    case SPEND -> "coalesce(s.spend, 0) desc, v.name, v.id";
                } + " limit :limit offset :offset";
        parameters.addValue("limit", filter.size()).addValue("offset", (long) filter.page() * filter.size());
        List<Long> ids = jdbc.queryForList(select, parameters, Long.class);
        return new Page(rows(ids, concentrated), total, filter.page(), filter.size());
    }

    private static String where(Filter filter, Set<Long> concentrated, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.search() != null && !filter.search().isBlank()) {
            String term = filter.search().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            conditions.add("(lower(v.name) like :search escape '\\' or v.tax_id like :taxIdPrefix escape '\\')");
            parameters.addValue("search", "%" + term + "%").addValue("taxIdPrefix", term + "%");
        }
        if (filter.status() != null) {
            conditions.add(switch (filter.status()) {
                case IN_USE -> hasService("x.status in " + IN_USE);
                case IN_SELECTION -> hasService("x.status = 'PROPOSED'");
                case ENDED -> hasService("x.status = 'ENDED'") + " and not " + hasService("x.status in " + IN_USE);
                case NO_SERVICE -> "not " + hasService("x.status in ('PROPOSED', 'SELECTED', 'ACTIVE', 'ENDED')");
            });
        }
        if (filter.criticality() != null) {
            conditions.add(hasService("x.criticality = :criticality and x.status in " + CURRENT));
            parameters.addValue("criticality", filter.criticality().name());
        }
        if (filter.cloud() != null) {
            conditions.add((filter.cloud() ? "" : "not ") + hasService("x.cloud = true and x.status in " + CURRENT));
        }
        if (filter.certificateDue()) {
            conditions.add("exists (select 1 from certificate c where c.vendor_id = v.id and " + CERTIFICATE_DUE + ")");
        }
        if (filter.concentrated()) {
            if (concentrated.isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("v.id in (:concentrated)");
                parameters.addValue("concentrated", concentrated);
            }
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String hasService(String condition) {
        return "exists (select 1 from outsourced_service x where x.vendor_id = v.id and " + condition + ")";
    }

    /** The page's vendors with their figures, in the page's order. */
    private List<Row> rows(List<Long> ids, Set<Long> concentrated) {
        if (ids.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("ids", ids)
                .addValue("certificateLimit", Date.valueOf(EngineClock.today().plusDays(certificateLeadDays)));
        Map<Long, Object[]> services = new HashMap<>();
        jdbc.query("select vendor_id, sum(case when status in " + IN_USE + " then 1 else 0 end) in_use,"
                + " sum(case when status = 'PROPOSED' then 1 else 0 end) in_selection,"
                + " sum(case when status = 'ENDED' then 1 else 0 end) ended,"
                + " sum(case when status in " + IN_USE + " then annual_spend else 0 end) spend"
                + " from outsourced_service where vendor_id in (:ids) group by vendor_id", parameters, rs -> {
                    services.put(rs.getLong(1), new Object[] {rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getBigDecimal(5)});
                });
        Map<Long, Long> contracts = new HashMap<>();
        jdbc.query("select vendor_id, count(*) from contract where status = 'SIGNED' and vendor_id in (:ids)"
                + " group by vendor_id", parameters, rs -> {
                    contracts.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, LocalDate> certificates = new HashMap<>();
        jdbc.query("select c.vendor_id, min(c.expires_on) from certificate c where c.vendor_id in (:ids) and "
                + CERTIFICATE_DUE + " group by c.vendor_id", parameters, rs -> {
                    certificates.put(rs.getLong(1), rs.getDate(2).toLocalDate());
                });
        Map<Long, Row> byId = new HashMap<>();
        jdbc.query("select id, name, tax_id, country, market_share_percent from vendor where id in (:ids)", parameters,
                rs -> {
                    long id = rs.getLong(1);
                    Object[] s = services.getOrDefault(id, new Object[] {0L, 0L, 0L, BigDecimal.ZERO});
                    byId.put(id, new Row(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                            (Long) s[0], (Long) s[1], (Long) s[2], (BigDecimal) s[3], contracts.getOrDefault(id, 0L),
                            certificates.get(id), concentrated.contains(id)));
                });
        List<Row> rows = new ArrayList<>(ids.size());
        ids.forEach(id -> rows.add(byId.get(id)));
        return rows;
    }
}
