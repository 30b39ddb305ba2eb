package tw.vendorrisk.certificates;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import tw.vendorrisk.register.Certificate;
import tw.vendorrisk.register.ServiceStatus;

/** The register's certificates, as the expiry follow-up reads them. */
interface CertificateExpiryRepository extends Repository<Certificate, Long> {

    /**
     * Certificates expiring on or before {@code limit} that are not flagged or decided yet, of
     * vendors with a service in one of {@code statuses}, leaving out those a later certificate of the
     * same vendor and type already replaces.
     */
    @Query("""
            select c from Certificate c
            where c.expiresOn <= :limit
              and c.renewalRequestedOn is null
              and c.renewalOutcome is null
              and not exists (select later.id from Certificate later
                              where later.vendor = c.vendor and later.type = c.type and later.expiresOn > c.expiresOn)
              and exists (select s.id from OutsourcedService s where s.vendor = c.vendor and s.status in :statuses)
            order by c.expiresOn, c.id""")
    List<Certificate> findRenewalCandidates(LocalDate limit, Collection<ServiceStatus> statuses);

    Optional<Certificate> findById(Long id);

    Certificate save(Certificate certificate);
}
