package tw.vendorrisk.crossborder;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CrossBorderTransferRepository extends JpaRepository<CrossBorderTransfer, Long> {

    List<CrossBorderTransfer> findByArrangementIdOrderById(Long arrangementId);
}
