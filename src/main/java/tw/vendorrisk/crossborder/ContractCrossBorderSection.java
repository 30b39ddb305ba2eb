package tw.vendorrisk.crossborder;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.contract.ContractPageContext;
import tw.vendorrisk.contract.ContractPageSection;

/** The contract's cross-border processing arrangement (Art. 10.2) on its page, if there is one (null otherwise). */
@Component
class ContractCrossBorderSection implements ContractPageSection {

    public record Data(RecipientKind recipientKind, String recipientName, String recipientCountry,
            String processingDescription, List<DataCategory> dataCategories, boolean authorizedStaffOnly,
            boolean dataSegregated, boolean returnedOnRequest, boolean encryptionInTransit, boolean pdpaChecked,
            boolean regulatorLimitsChecked, String recordedBy) {
    }

    private final CrossBorderArrangementRepository arrangements;

    ContractCrossBorderSection(CrossBorderArrangementRepository arrangements) {
        this.arrangements = arrangements;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "crossborder/contract-section";
    }

    @Override
    @Transactional(readOnly = true)
    public Data data(ContractPageContext context) {
        return arrangements.findByContractId(context.contractId())
                .map(a -> new Data(a.getRecipientKind(), a.getRecipientName(), a.getRecipientCountry(),
                        a.getProcessingDescription(), List.copyOf(a.getDataCategories()), a.isAuthorizedStaffOnly(),
                        a.isDataSegregated(), a.isReturnedOnRequest(), a.isEncryptionInTransit(), a.isPdpaChecked(),
                        a.isRegulatorLimitsChecked(), a.getRecordedBy()))
                .orElse(null);
    }
}
