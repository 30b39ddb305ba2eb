package tw.vendorrisk.selection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SelectionDecisionRepository extends JpaRepository<SelectionDecision, Long> {

    List<SelectionDecision> findByVendorIdOrderByDecidedAt(Long vendorId);

    List<SelectionDecision> findByProcessInstanceIdOrderByDecidedAt(String processInstanceId);
}
