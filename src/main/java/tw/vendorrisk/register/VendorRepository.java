package tw.vendorrisk.register;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VendorRepository extends JpaRepository<Vendor, Long> {

    Optional<Vendor> findByTaxId(String taxId);

    boolean existsByTaxId(String taxId);

    /** A vendor's ID, name and market share, without the rest of the row. */
    record MarketShare(Long vendorId, String name, BigDecimal percent) {
    }

    /** The vendors with a market share above zero. */
    @Query("select new tw.vendorrisk.register.VendorRepository$MarketShare(v.id, v.name, v.marketSharePercent) "
            + "from Vendor v where v.marketSharePercent > 0")
    List<MarketShare> withMarketShare();

    /** These vendors' names and market shares. */
    @Query("select new tw.vendorrisk.register.VendorRepository$MarketShare(v.id, v.name, v.marketSharePercent) "
            + "from Vendor v where v.id in :ids")
    List<MarketShare> marketShares(@Param("ids") Collection<Long> ids);
}
