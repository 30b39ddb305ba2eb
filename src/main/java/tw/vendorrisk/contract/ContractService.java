package tw.vendorrisk.contract;

import java.time.LocalDate;
import java.time.Period;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.document.DocumentStore;
import tw.vendorrisk.document.UploadedFile;
import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractPurpose;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.DocumentKind;
import tw.vendorrisk.register.OrganizationService;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterException;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.SignedTerms;
import tw.vendorrisk.register.SlaReportFrequency;

/** What contract signing writes to the register: the contract, its drafts and checks, its signature. */
@Service
@Transactional
public class ContractService {

    private final RegisterService register;
    private final OrganizationService organization;
    private final ContractRepository contracts;
    private final DocumentStore documents;
    private final ClauseCheckRecordRepository checks;
    private final ContractTextExtractor extractor;
    private final ContractCheck contractCheck;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtimeService;

    ContractService(RegisterService register, OrganizationService organization, ContractRepository contracts,
            DocumentStore documents, ClauseCheckRecordRepository checks, ContractTextExtractor extractor,
            ContractCheck contractCheck, ObjectMapper json, ApplicationEventPublisher events,
            RuntimeService runtimeService) {
        this.register = register;
        this.organization = organization;
        this.contracts = contracts;
        this.documents = documents;
        this.checks = checks;
        this.extractor = extractor;
        this.contractCheck = contractCheck;
        this.json = json;
        this.events = events;
        this.runtimeService = runtimeService;
    }

    public record OpenedContract(Long contractId, Long vendorId, String vendorName, String serviceDescription,
            Applicability applicability) {
    }

    public record CheckedDraft(Long documentId, Long checkId, ClauseCheckReport report) {
    }

    /** A kept check with its report and what the reviewer needs to know of the contract (null for none). */
    public record KeptCheck(ClauseCheckRecord record, ClauseCheckReport report, String vendorName,
            String serviceDescription) {
    }

    /** Opens a contract for a selected or active service; its facts decide which clauses apply. */
    public OpenedContract open(Long serviceId, ContractPurpose purpose, String processInstanceId) {
        OutsourcedService service = register.service(serviceId);
        if (service.getStatus() != ServiceStatus.SELECTED && service.getStatus() != ServiceStatus.ACTIVE) {
            throw RegisterException.invalid("serviceId", "Service " + serviceId + " is " + service.getStatus()
                    + ": a contract needs a selected or active service.");
        }
        Contract contract = contracts.save(new Contract(service, purpose, processInstanceId));
        Applicability applicability = new Applicability(organization.profile().getCategory(), service.isCloud(),
                service.isSystemDevelopment() || service.isSystemMaintenance() || service.isSystemMonitoring());
        return new OpenedContract(contract.getId(), service.getVendor().getId(), service.getVendor().getName(),
                service.getDescription(), applicability);
    }

    /**
     * Keeps the draft and checks it. A file that is not a readable contract is refused with a clear
     * message, and nothing is written.
     */
    public CheckedDraft checkDraft(Long contractId, UploadedFile file, Applicability applicability, String user) {
        contract(contractId); // an unknown contract is refused before the file is read
        String text = readableText(file);
        ClauseCheckReport report = contractCheck.check(text, applicability);
        Long documentId = documents.store(contractId, DocumentKind.CONTRACT_DRAFT, file, user).getId();
        ClauseCheckRecord record = checks.save(new ClauseCheckRecord(contractId, documentId, applicability,
                report, toJson(report), user));
        return new CheckedDraft(documentId, record.getId(), report);
    }

    /** The text of an uploaded contract; refuses what is too large, empty or not a contract. */
    public String readableText(UploadedFile file) {
        if (file.content() != null && file.content().length > ContractSigningProcess.MAX_FILE_BYTES) {
            throw new ContractTooLargeException(file.fileName(), file.content().length);
        }
        return extractor.extract(file.fileName(), file.contentType(), file.content());
    }

    public void recordWaiver(Long contractId, String reason, String user) {
        contract(contractId).recordWaiver(reason, user);
    }

    public void confirmConfidentialityUndertaking(Long contractId, String user) {
        contract(contractId).confirmConfidentialityUndertaking(user);
    }

    /** Signs the contract: the register keeps its terms and the service runs for its term (7.1.1.1, 7.1.1.4, 12.2). */
    public void sign(Long contractId, SignedTerms terms, String user) {
        if (terms.signedOn().isAfter(LocalDate.now())) {
            throw RegisterException.invalid("signedOn", "The signing date " + terms.signedOn() + " lies in the future.");
        }
        if (!terms.termEnd().isAfter(terms.termStart())) {
            throw RegisterException.invalid("termEnd", "The term must end after it starts (" + terms.termStart()
                    + " – " + terms.termEnd() + ").");
        }
        boolean yearOrMore = !Period.between(terms.termStart(), terms.termEnd()).minusYears(1).isNegative();
        if (yearOrMore && terms.slaReportFrequency() == SlaReportFrequency.NONE) {
            throw RegisterException.invalid("slaReportFrequency", "A service of a year or more reports its service "
                    + "levels periodically (7.1.1.4, 12.2): choose a report frequency.");
        }
        Contract contract = contract(contractId);
        if (!Boolean.TRUE.equals(contract.getConfidentialityUndertakingConfirmed())) {
            throw RegisterException.invalid("confidentialityUndertakingComplete",
                    "The vendor's confidentiality undertaking is not confirmed (7.2).");
        }
        contract.sign(terms, user);
        contract.getService().activate(terms.termStart(), terms.termEnd());
    }

    /**
     * Ends the contract: the register keeps the day and the reason ({@code CONTRACT_ENDED} when the term
     * is over, {@code TERMINATED}), {@link ContractEnded} tells the features that stop with it, and the
     * message {@value ContractEnded#MESSAGE} stops every process that waits for the contract's end (the
     * oversight schedule, access grants waiting for their expiry). All in this transaction.
     */
    public void end(Long contractId, String reason, String user) {
        contract(contractId).end(EngineClock.today(), reason);
        events.publishEvent(new ContractEnded(contractId, reason, user));
        runtimeService.createMessageCorrelation(ContractEnded.MESSAGE)
                .processInstanceVariableEquals(ContractEnded.CONTRACT_ID.name(), contractId)
                .setVariable(ContractEnded.END_REASON.name(), reason)
                .correlateAllWithResult();
    }

    @Transactional(readOnly = true)
    public Contract contract(Long contractId) {
        return contracts.findById(contractId).orElseThrow(() -> RegisterException.notFound("Contract", contractId));
    }

    @Transactional(readOnly = true)
    public ClauseCheckRecord checkRecord(Long checkId) {
        return checks.findById(checkId).orElseThrow(() -> RegisterException.notFound("Clause check", checkId));
    }

    @Transactional(readOnly = true)
    public KeptCheck keptCheck(Long checkId) {
        ClauseCheckRecord record = checkRecord(checkId);
        Contract contract = record.getContractId() == null ? null : contract(record.getContractId());
        return new KeptCheck(record, report(record), contract == null ? null : contract.getVendor().getName(),
                contract == null ? null : contract.getService().getDescription());
    }

    ClauseCheckReport report(ClauseCheckRecord record) {
        try {
            return json.readValue(record.getFindingsJson(), ClauseCheckReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Clause check " + record.getId() + " cannot be read back", e);
        }
    }

    private String toJson(ClauseCheckReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A clause check report cannot be written as JSON", e);
        }
    }

}
