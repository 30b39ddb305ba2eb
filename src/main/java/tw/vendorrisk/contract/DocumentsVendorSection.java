package tw.vendorrisk.contract;

import java.util.List;

import org.springframework.stereotype.Component;

import tw.vendorrisk.common.Groups;
import tw.vendorrisk.register.ContractDocumentRepository;
import tw.vendorrisk.register.VendorPageContext;
import tw.vendorrisk.register.VendorPageSection;

/**
 * The vendor page's documents: every file kept with its contracts (drafts, SLA reports, destruction
 * certificates), newest first, with a download link for those who may download
 * ({@code GET /api/contracts/{contractId}/documents/{documentId}}).
 */
@Component
class DocumentsVendorSection implements VendorPageSection {

    /** The groups of {@code ContractCheckController}'s document download. */
    static final List<String> DOWNLOAD = List.of(Groups.PROCUREMENT, Groups.LEGAL, Groups.INFOSEC, Groups.MANAGERS,
            Groups.ADMIN);

    public record Data(List<ContractDocumentRepository.Listed> documents, boolean mayDownload) {
    }

    private final ContractDocumentRepository documents;

    DocumentsVendorSection(ContractDocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String anchor() {
        return "documents";
    }

    @Override
    public String template() {
        return "contract/vendor-section";
    }

    @Override
    public Object data(VendorPageContext context) {
        return new Data(documents.listedOfVendor(context.vendorId()), context.inAnyGroup(DOWNLOAD));
    }
}
