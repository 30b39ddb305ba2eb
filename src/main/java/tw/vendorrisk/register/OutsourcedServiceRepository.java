package tw.vendorrisk.register;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutsourcedServiceRepository extends JpaRepository<OutsourcedService, Long> {

    List<OutsourcedService> findByVendorIdOrderById(Long vendorId);

    /** Totals over the services in the given states, of one vendor or (vendorId null) of all, except one. */
    @Query("""
            select new tw.vendorrisk.register.ServiceTotals(count(s), coalesce(sum(s.annualSpend), 0),
                   coalesce(sum(case when s.criticality = tw.vendorrisk.register.Criticality.CRITICAL then 1 else 0 end), 0))
            from OutsourcedService s
            where s.status in :statuses and (:vendorId is null or s.vendor.id = :vendorId) and s.id <> :excludedId
            """)
    ServiceTotals totals(@Param("statuses") Collection<ServiceStatus> statuses, @Param("vendorId") Long vendorId,
            @Param("excludedId") Long excludedId);

    /** Totals per vendor over the services in the given states: one row per vendor that has any. */
    @Query("""
            select new tw.vendorrisk.register.VendorServiceTotals(s.vendor.id, count(s), coalesce(sum(s.annualSpend), 0),
                   coalesce(sum(case when s.criticality = tw.vendorrisk.register.Criticality.CRITICAL then 1 else 0 end), 0))
            from OutsourcedService s
            where s.status in :statuses
            group by s.vendor.id
            """)
    List<VendorServiceTotals> totalsByVendor(@Param("statuses") Collection<ServiceStatus> statuses);

    /** The service with its vendor, in one query. */
    @Query("select s from OutsourcedService s join fetch s.vendor where s.id = :id")
    java.util.Optional<OutsourcedService> withVendor(@Param("id") Long id);
}
