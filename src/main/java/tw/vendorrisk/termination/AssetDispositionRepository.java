package tw.vendorrisk.termination;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssetDispositionRepository extends JpaRepository<AssetDisposition, Long> {

    List<AssetDisposition> findByTerminationIdOrderById(Long terminationId);

    boolean existsByTerminationIdAndAssetId(Long terminationId, Long assetId);
}
