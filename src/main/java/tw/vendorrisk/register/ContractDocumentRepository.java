package tw.vendorrisk.register;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContractDocumentRepository extends JpaRepository<ContractDocument, Long> {

    List<ContractDocument> findByContractIdOrderById(Long contractId);

    /** A document's description, without its content. */
    record Listed(Long id, Long contractId, DocumentKind kind, String fileName, long size, String uploadedBy,
            OffsetDateTime uploadedAt) {
    }

    /** The documents of the vendor's contracts, newest first, without their content. */
    @Query("select new tw.vendorrisk.register.ContractDocumentRepository$Listed(d.id, d.contract.id, d.kind, d.fileName,"
            + " d.size, d.uploadedBy, d.uploadedAt) from ContractDocument d where d.contract.vendor.id = :vendorId"
            + " order by d.uploadedAt desc, d.id desc")
    List<Listed> listedOfVendor(@Param("vendorId") Long vendorId);
}
