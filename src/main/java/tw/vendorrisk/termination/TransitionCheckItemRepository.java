package tw.vendorrisk.termination;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TransitionCheckItemRepository extends JpaRepository<TransitionCheckItem, Long> {

    List<TransitionCheckItem> findByTerminationIdOrderById(Long terminationId);
}
