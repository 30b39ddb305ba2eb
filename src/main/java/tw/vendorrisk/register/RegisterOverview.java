package tw.vendorrisk.register;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.common.Listing;

/**
 * What the register says needs attention soon, for the workspace's home page, and names for IDs other
 * lists hold (the services and contracts processes run for). Each list is one page query and one count,
 * in SQL.
 */
@Component
@Transactional(readOnly = true)
public class RegisterOverview {

    public record CertificateDue(Long vendorId, String vendorName, CertificateType type, String number,
            LocalDate expiresOn, long daysLeft) {
    }

    public record ContractEnding(Long contractId, Long vendorId, String vendorName, String serviceDescription,
            LocalDate termEnd, long daysLeft) {
    }

    public record ServiceRef(Long serviceId, Long vendorId, String vendorName, String description) {
    }

    public record ContractRef(Long contractId, Long vendorId, String vendorName, String serviceDescription) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final VendorDirectory directory;

    RegisterOverview(NamedParameterJdbcTemplate jdbc, VendorDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** Days before expiry from which a certificate is due for renewal. */
    public int certificateLeadDays() {
        return directory.certificateLeadDays();
    }

    /**
     * Certificates of vendors in use that need renewing: the latest of its type, expiring within the
     * certificate-expiry lead time (or expired), not yet renewed or declined; the soonest first.
     */
    public Listing<CertificateDue> certificatesDue(int limit) {
        LocalDate today = EngineClock.today();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("certificateLimit", Date.valueOf(today.plusDays(directory.certificateLeadDays())))
                .addValue("limit", limit);
        String from = " from certificate c join vendor v on v.id = c.vendor_id where " + VendorDirectory.CERTIFICATE_DUE
                + " and exists (select 1 from outsourced_service x where x.vendor_id = v.id and x.status in "
                + VendorDirectory.IN_USE + ")";
        long total = jdbc.queryForObject("select count(*)" + from, parameters, Long.class);
        return new Listing<>(jdbc.query("select v.id, v.name, c.type, c.certificate_number, c.expires_on" + from
                + " order by c.expires_on, v.name, c.id limit :limit", parameters, (rs, row) -> {
                    LocalDate expires = rs.getDate(5).toLocalDate();
                    return new CertificateDue(rs.getLong(1), rs.getString(2), CertificateType.valueOf(rs.getString(3)),
                            rs.getString(4), expires, ChronoUnit.DAYS.between(today, expires));
                }), total);
    }

    /** Signed contracts whose term ends within the days, the soonest first. */
    public Listing<ContractEnding> contractsEnding(int days, int limit) {
        LocalDate today = EngineClock.today();
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("today", Date.valueOf(today))
                .addValue("until", Date.valueOf(today.plusDays(days))).addValue("limit", limit);
        String from = " from contract c join vendor v on v.id = c.vendor_id join outsourced_service s on s.id = c.service_id"
                + " where c.status = 'SIGNED' and c.term_end between :today and :until";
        long total = jdbc.queryForObject("select count(*)" + from, parameters, Long.class);
        return new Listing<>(jdbc.query("select c.id, v.id, v.name, s.description, c.term_end" + from
                + " order by c.term_end, c.id limit :limit", parameters, (rs, row) -> {
                    LocalDate end = rs.getDate(5).toLocalDate();
                    return new ContractEnding(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), end,
                            ChronoUnit.DAYS.between(today, end));
                }), total);
    }

    /** These services with their vendors, by ID (unknown IDs are left out). */
    public Map<Long, ServiceRef> services(Collection<Long> ids) {
        Map<Long, ServiceRef> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select s.id, v.id, v.name, s.description from outsourced_service s join vendor v on v.id = s.vendor_id"
                    + " where s.id in (:ids)", new MapSqlParameterSource("ids", ids), rs -> {
                        found.put(rs.getLong(1), new ServiceRef(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                rs.getString(4)));
                    });
        }
        return found;
    }

    /** These contracts with their vendors and services, by ID (unknown IDs are left out). */
    public Map<Long, ContractRef> contracts(Collection<Long> ids) {
        Map<Long, ContractRef> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select c.id, v.id, v.name, s.description from contract c join vendor v on v.id = c.vendor_id"
                    + " join outsourced_service s on s.id = c.service_id where c.id in (:ids)",
                    new MapSqlParameterSource("ids", ids), rs -> {
                        found.put(rs.getLong(1), new ContractRef(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                rs.getString(4)));
                    });
        }
        return found;
    }

    /** One contract with its vendor and service; an unknown contract is refused as not found. */
    public ContractRef contract(Long contractId) {
        ContractRef contract = contracts(java.util.List.of(contractId)).get(contractId);
        if (contract == null) {
            throw RegisterException.notFound("Contract", contractId);
        }
        return contract;
    }

    /** These vendors' names, by ID. */
    public Map<Long, String> vendorNames(Collection<Long> ids) {
        Map<Long, String> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select id, name from vendor where id in (:ids)", new MapSqlParameterSource("ids", ids),
                    rs -> {
                        found.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return found;
    }
}
