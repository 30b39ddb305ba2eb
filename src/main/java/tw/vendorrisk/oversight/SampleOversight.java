package tw.vendorrisk.oversight;

import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tw.vendorrisk.common.FollowUpProcesses;
import tw.vendorrisk.contract.ContractService;
import tw.vendorrisk.register.ContractPurpose;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.SignedTerms;
import tw.vendorrisk.register.SlaReportFrequency;

/**
 * For the embedded default's sample register: one contract signed half a year ago (Hengan's ID image
 * recognition maintenance, on-site staff, quarterly SLA reports), with its oversight running, so the
 * first on-site review and SLA report are in the Tasklist at once. Written once, when no contract exists.
 */
@Component
@ConditionalOnProperty(name = "app.demo.sample-register", havingValue = "true")
class SampleOversight {

    private static final Logger LOG = LoggerFactory.getLogger(SampleOversight.class);
    static final String SAMPLE_VENDOR_TAX_ID = "23456781";

    private final RegisterService register;
    private final ContractService contracts;
    private final ContractRepository contractRepository;
    private final FollowUpProcesses followUps;
    private final TransactionTemplate transaction;

    SampleOversight(RegisterService register, ContractService contracts, ContractRepository contractRepository,
            FollowUpProcesses followUps, TransactionTemplate transaction) {
        this.register = register;
        this.contracts = contracts;
        this.contractRepository = contractRepository;
        this.followUps = followUps;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void writeOnce() {
        transaction.executeWithoutResult(status -> {
            if (contractRepository.count() > 0) {
                return;
            }
            OutsourcedService service = register.services(register.vendorByTaxId(SAMPLE_VENDOR_TAX_ID).getId())
                    .get(0);
            LocalDate start = LocalDate.now().minusMonths(6);
            Long contractId = contracts.open(service.getId(), ContractPurpose.NEW, null).contractId();
            contracts.confirmConfidentialityUndertaking(contractId, "lena");
            contracts.sign(contractId, new SignedTerms(start.minusDays(7), start, start.plusYears(2).minusDays(1),
                    SlaReportFrequency.QUARTERLY, true, "身分證影像辨識系統 主機與資料庫 ID image recognition hosts and database"),
                    "alice");
            followUps.start(ContractOversightProcess.MESSAGE_CONTRACT_SIGNED, contractId.toString(),
                    Map.of(ContractOversightProcess.Variables.CONTRACT_ID.name(), contractId));
            LOG.info("Wrote a sample signed contract ({}) with its oversight schedule", contractId);
        });
    }
}
