package tw.vendorrisk.crossborder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.ContractStatus;
import tw.vendorrisk.register.OrganizationService;
import tw.vendorrisk.register.RegisterException;

/**
 * Cross-border processing by the head office or an overseas branch (10.2): the arrangement, the
 * data subjects' consents and the log of every transfer. Sensitive data goes only with each data
 * subject's consent recorded first; a transfer without it is refused and nothing is written.
 */
@Service
@Transactional
public class CrossBorderService {

    /** A customer reference (customer number), not a name. */
    static final String SUBJECT_REF = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    /** "must be a customer reference (letters, digits, . _ -; at most 64), not a name" in messages.properties */
    static final String SUBJECT_REF_MESSAGE = "{constraint.subjectRef}";

    private final CrossBorderArrangementRepository arrangements;
    private final CrossBorderConsentRepository consents;
    private final CrossBorderTransferRepository transfers;
    private final ContractRepository contracts;
    private final OrganizationService organization;

    CrossBorderService(CrossBorderArrangementRepository arrangements, CrossBorderConsentRepository consents,
            CrossBorderTransferRepository transfers, ContractRepository contracts, OrganizationService organization) {
        this.arrangements = arrangements;
        this.consents = consents;
        this.transfers = transfers;
        this.contracts = contracts;
        this.organization = organization;
    }

    public CrossBorderArrangement record(Long contractId, ArrangementRequest request, String user) {
        Contract contract = openContract(contractId);
        if (arrangements.existsByContractId(contractId)) {
            throw conflict("Contract " + contractId + " already has a cross-border arrangement; change it with PUT.");
        }
        check(request);
        try {
            return arrangements.saveAndFlush(new CrossBorderArrangement(contract, request, user, EngineClock.now()));
        } catch (DataIntegrityViolationException raceWithAnotherRequest) {
            throw conflict("Contract " + contractId + " already has a cross-border arrangement; change it with PUT.");
        }
    }

    public CrossBorderArrangement update(Long contractId, ArrangementRequest request, String user) {
        openContract(contractId);
        CrossBorderArrangement arrangement = arrangement(contractId);
        check(request);
        arrangement.update(request, user, EngineClock.now());
        return arrangement;
    }

    @Transactional(readOnly = true)
    public CrossBorderArrangement arrangement(Long contractId) {
        contract(contractId);
        return arrangements.findByContractId(contractId).orElseThrow(() -> new RegisterException(
                RegisterException.Kind.NOT_FOUND, null, "Contract " + contractId
                        + " has no cross-border arrangement. Record it first: POST /api/contracts/" + contractId
                        + "/cross-border."));
    }

    public CrossBorderConsent recordConsent(Long contractId, ConsentRequest request, String user) {
        CrossBorderArrangement arrangement = arrangement(contractId);
        List<String> categories = knownCategories(arrangement, request.categories());
        if (request.consentedOn().isAfter(EngineClock.today())) {
            throw RegisterException.invalid("consentedOn", "The consent date " + request.consentedOn()
                    + " lies in the future: record a consent once the data subject has given it.");
        }
        return consents.save(new CrossBorderConsent(arrangement, request.dataSubjectRef(), categories,
                request.consentedOn(), request.evidenceReference().strip(), user, EngineClock.now()));
    }

    public CrossBorderConsent withdrawConsent(Long contractId, Long consentId, LocalDate withdrawnOn) {
        CrossBorderArrangement arrangement = arrangement(contractId);
        CrossBorderConsent consent = consents.findById(consentId)
                .filter(found -> found.getArrangementId().equals(arrangement.getId()))
                .orElseThrow(() -> RegisterException.notFound("Consent", consentId));
        if (consent.getWithdrawnOn() != null) {
            throw conflict("Consent " + consentId + " was already withdrawn on " + consent.getWithdrawnOn() + ".");
        }
        if (withdrawnOn.isBefore(consent.getConsentedOn()) || withdrawnOn.isAfter(EngineClock.today())) {
            throw RegisterException.invalid("withdrawnOn", "A withdrawal date lies between the consent ("
                    + consent.getConsentedOn() + ") and today (" + EngineClock.today() + "), not on " + withdrawnOn + ".");
        }
        consent.withdraw(withdrawnOn);
        return consent;
    }

    @Transactional(readOnly = true)
    public List<CrossBorderConsent> consents(Long contractId) {
        return consents.findByArrangement_IdOrderById(arrangement(contractId).getId());
    }

    /**
     * Logs one transfer. Refused, with nothing written, when a category is not in the arrangement,
     * or when sensitive data would go unencrypted, without naming its data subjects, or for a data
     * subject without a consent in force for that category today.
     */
    public CrossBorderTransfer logTransfer(Long contractId, TransferRequest request, String user) {
        openContract(contractId);
        CrossBorderArrangement arrangement = arrangement(contractId);
        List<String> categories = knownCategories(arrangement, request.categories());
        List<String> sensitive = categories.stream()
                .filter(code -> arrangement.category(code).orElseThrow().isSensitive()).toList();
        List<String> subjects = request.dataSubjects() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(request.dataSubjects()));
        int recordCount = request.recordCount() != null ? request.recordCount() : subjects.size();
        if (recordCount < 1) {
            throw RegisterException.invalid("recordCount", "Say how many records the transfer carries (recordCount), "
                    + "or list its data subjects.");
        }
        if (recordCount < subjects.size()) {
            throw RegisterException.invalid("recordCount", "The transfer names " + subjects.size()
                    + " data subjects but carries only " + recordCount + " records.");
        }
        Map<String, String> consentIds = new LinkedHashMap<>();
        if (!sensitive.isEmpty()) {
            if (!request.encrypted()) {
                throw RegisterException.invalid("encrypted", "Transfer refused: sensitive data (" + String.join(", ", sensitive)
                        + ") goes abroad only encrypted in transit (10.2.4). Nothing was transferred or logged.");
            }
            if (subjects.isEmpty()) {
                throw RegisterException.invalid("dataSubjects", "Transfer refused: a transfer of sensitive data ("
                        + String.join(", ", sensitive) + ") must name its data subjects, so that each one's consent "
                        + "can be checked (10.2.4). Nothing was transferred or logged.");
            }
            consentIds = consentsFor(arrangement, contractId, sensitive, subjects);
        }
        List<TransferSubject> logged = new ArrayList<>();
        for (String subject : subjects) {
            logged.add(new TransferSubject(subject, consentIds.get(subject)));
        }
        return transfers.save(new CrossBorderTransfer(arrangement, categories, !sensitive.isEmpty(), request.encrypted(),
                recordCount, request.reference(), logged, user, EngineClock.now()));
    }

    @Transactional(readOnly = true)
    public List<CrossBorderTransfer> transfers(Long contractId) {
        return transfers.findByArrangementIdOrderById(arrangement(contractId).getId());
    }

    /** Subject → the ids of the consents that allow each sensitive category today; refuses when one is missing. */
    private Map<String, String> consentsFor(CrossBorderArrangement arrangement, Long contractId, List<String> sensitive,
            List<String> subjects) {
        LocalDate today = EngineClock.today();
        List<CrossBorderConsent> given = consents.findByArrangement_IdAndDataSubjectRefIn(arrangement.getId(), subjects);
        Map<String, String> consentIds = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String subject : subjects) {
            Set<Long> ids = new TreeSet<>();
            List<String> lacking = new ArrayList<>();
            for (String category : sensitive) {
                given.stream()
                        .filter(consent -> consent.getDataSubjectRef().equals(subject) && consent.allows(category, today))
                        .findFirst()
                        .ifPresentOrElse(consent -> ids.add(consent.getId()), () -> lacking.add(category));
            }
            if (!lacking.isEmpty()) {
                missing.add(subject + " (" + String.join(", ", lacking) + ")");
            }
            consentIds.put(subject, ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (!missing.isEmpty()) {
            String listed = missing.size() <= 10 ? String.join(", ", missing)
                    : String.join(", ", missing.subList(0, 10)) + " and " + (missing.size() - 10) + " more";
            throw RegisterException.invalid("dataSubjects", "Transfer refused: sensitive data ("
                    + String.join(", ", sensitive) + ") may go abroad only with the data subject's consent, recorded "
                    + "before the transfer (10.2.4). No consent in force on " + today + " is recorded for: " + listed
                    + ". Record each consent first (POST /api/contracts/" + contractId
                    + "/cross-border/consents). Nothing was transferred or logged.");
        }
        return consentIds;
    }

    /** The rules of 10.2 that bean validation cannot see. */
    private void check(ArrangementRequest request) {
        if (!organization.profile().isForeignSubsidiary()) {
            throw RegisterException.invalid("foreignSubsidiary", "Cross-border processing under 10.2 applies to a "
                    + "foreign organization's Taiwan subsidiary or branch outsourcing to its head office or an overseas "
                    + "branch, and the organization profile says this organization is not one (foreignSubsidiary=false). "
                    + "An administrator corrects the profile first (PUT /api/organization).");
        }
        if ("TW".equals(request.recipientCountry().toUpperCase(Locale.ROOT))) {
            throw RegisterException.invalid("recipientCountry", "The head office or overseas branch processes the data "
                    + "abroad: its country cannot be TW.");
        }
        Set<String> codes = new HashSet<>();
        for (ArrangementRequest.CategoryRequest category : request.dataCategories()) {
            if (!codes.add(category.code())) {
                throw RegisterException.invalid("dataCategories", "The data category " + category.code()
                        + " is listed twice.");
            }
        }
        Map<String, String> missingCommitments = new LinkedHashMap<>();
        if (!request.authorizedStaffOnly()) {
            missingCommitments.put("authorizedStaffOnly", "only authorized staff use the data, within the outsourced scope");
        }
        if (!request.dataSegregated()) {
            missingCommitments.put("dataSegregated", "the organization's customer data is kept apart from other data");
        }
        if (!request.returnedOnRequest()) {
            missingCommitments.put("returnedOnRequest", "the data is provided back promptly on request");
        }
        if (!missingCommitments.isEmpty()) {
            throw RegisterException.invalid(missingCommitments.keySet().iterator().next(), "10.2.3: the recipient "
                    + "must be required to commit that " + String.join("; that ", missingCommitments.values())
                    + ". Confirm each commitment (" + String.join(", ", missingCommitments.keySet()) + ").");
        }
        List<String> sensitive = request.dataCategories().stream().filter(ArrangementRequest.CategoryRequest::sensitive)
                .map(ArrangementRequest.CategoryRequest::code).toList();
        if (sensitive.isEmpty()) {
            return;
        }
        String which = "Sensitive data (" + String.join(", ", sensitive) + ") goes abroad: ";
        if (!request.encryptionInTransit() || request.encryptionMethod() == null || request.encryptionMethod().isBlank()) {
            throw RegisterException.invalid("encryptionInTransit", which + "10.2.4 needs encryption in transit; set "
                    + "encryptionInTransit and name the method (encryptionMethod, e.g. TLS 1.3).");
        }
        if (!request.pdpaChecked()) {
            throw RegisterException.invalid("pdpaChecked", which + "10.2.4 needs the check that the recipient's "
                    + "collection, processing, use, transfer and control comply with the Personal Data Protection Act "
                    + "(pdpaChecked).");
        }
        if (!request.regulatorLimitsChecked()) {
            throw RegisterException.invalid("regulatorLimitsChecked", which + "10.2.4 needs the check that the "
                    + "transfer breaks none of the regulator's limits on international transfer (regulatorLimitsChecked).");
        }
    }

    private List<String> knownCategories(CrossBorderArrangement arrangement, List<String> requested) {
        List<String> categories = new ArrayList<>(new LinkedHashSet<>(requested));
        List<String> unknown = categories.stream().filter(code -> arrangement.category(code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw RegisterException.invalid("categories", "Not in the arrangement: " + String.join(", ", unknown)
                    + ". Only the data categories recorded with their purpose may go (10.2.2): "
                    + arrangement.getDataCategories().stream().map(DataCategory::getCode).collect(Collectors.joining(", "))
                    + ".");
        }
        return categories;
    }

    private Contract openContract(Long contractId) {
        Contract contract = contract(contractId);
        if (contract.getStatus() == ContractStatus.ENDED) {
            throw RegisterException.invalid("contractId", "Contract " + contractId
                    + " has ended: no cross-border processing is recorded under it any more.");
        }
        return contract;
    }

    private Contract contract(Long contractId) {
        return contracts.findById(contractId).orElseThrow(() -> RegisterException.notFound("Contract", contractId));
    }

    private static RegisterException conflict(String message) {
        return new RegisterException(RegisterException.Kind.CONFLICT, null, message);
    }
}
