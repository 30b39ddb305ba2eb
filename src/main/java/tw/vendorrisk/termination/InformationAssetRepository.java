package tw.vendorrisk.termination;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InformationAssetRepository extends JpaRepository<InformationAsset, Long> {

    List<InformationAsset> findByServiceIdOrderById(Long serviceId);

    /** The assets in a contract's arrangement: those of the contract and those of its service as a whole. */
    @Query("""
            select a from InformationAsset a
            where a.service.id = :serviceId and (a.contract is null or a.contract.id = :contractId)
            order by a.id
            """)
    List<InformationAsset> findInArrangement(@Param("serviceId") Long serviceId, @Param("contractId") Long contractId);

    /** The assets of these services (their contracts' included). */
    List<InformationAsset> findByServiceIdInOrderById(java.util.Collection<Long> serviceIds);
}
