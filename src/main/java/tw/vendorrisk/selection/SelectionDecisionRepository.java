package tw.vendorrisk.selection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SelectionDecisionRepository extends JpaRepository<SelectionDecision, Long> {

    List<SelectionDecision> findByVendorIdOrderByDecidedAt(Long vendorId);

    /** The vendor's decisions with their services, newest first, in one query. */
    @org.springframework.data.jpa.repository.Query("select d from SelectionDecision d join fetch d.service"
            + " where d.vendor.id = :vendorId order by d.decidedAt desc, d.id desc")
    List<SelectionDecision> withServicesOfVendor(@org.springframework.data.repository.query.Param("vendorId") Long vendorId);

    List<SelectionDecision> findByProcessInstanceIdOrderByDecidedAt(String processInstanceId);
}
