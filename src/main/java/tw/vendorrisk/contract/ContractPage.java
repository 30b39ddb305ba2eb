package tw.vendorrisk.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;

import jakarta.persistence.EntityManager;
import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.common.Groups;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractPurpose;
import tw.vendorrisk.register.ContractStatus;
import tw.vendorrisk.register.DocumentKind;
import tw.vendorrisk.register.RegisterException;
import tw.vendorrisk.register.SlaReportFrequency;

/**
 * One contract on one screen ({@code templates/contract/contract.html}): its vendor and service, its
 * terms, the latest clause check inline with its waiver, its documents, then the sections of the other
 * features ({@link ContractPageSection}). The contract's own part takes four queries whatever it holds:
 * the contract with its service and vendor, the document list without the files, the latest clause check,
 * and the clause checks' count.
 */
@Component
public class ContractPage {

    public static final String VIEW = "contract/contract";

    /** Who may open a contract's page: the staff who work on contracts and their oversight. */
    static final List<String> READERS = List.of(Groups.PROCUREMENT, Groups.LEGAL, Groups.INFOSEC,
            Groups.PROJECT_LEADS, Groups.MANAGERS, Groups.ADMIN);
    /** Who reads the clause check and the documents: the groups of the API that serves them. */
    static final List<String> CHECK_READERS = List.of(Groups.PROCUREMENT, Groups.LEGAL, Groups.INFOSEC,
            Groups.MANAGERS, Groups.ADMIN);

    public record Terms(Long id, Long vendorId, String vendorName, String vendorTaxId, Long serviceId,
            String serviceDescription, ContractPurpose purpose, ContractStatus status, LocalDate termStart,
            LocalDate termEnd, LocalDate signedOn, String signatureRecordedBy, SlaReportFrequency slaReportFrequency,
            Boolean onsiteStaff, String accessNeeds, Boolean confidentialityUndertakingConfirmed,
            String confidentialityConfirmedBy, String waiverReason, String waiverApprovedBy, LocalDate endedOn,
            String endReason) {
    }

    public record DocumentRow(Long id, DocumentKind kind, String fileName, long size, String uploadedBy,
            OffsetDateTime uploadedAt) {
    }

    /** The latest clause check of the contract, as the reviewer reads it. */
    public record CheckView(Long id, Applicability applicability, OffsetDateTime checkedAt, String checkedBy,
            int present, int partial, int missing, List<Finding> gaps, List<Finding> findings, long checks) {
    }

    public record Section(String template, Object data) {
    }

    private final EntityManager entityManager;
    private final ClauseCheckRecordRepository checks;
    private final ContractService contracts;
    private final List<ContractPageSection> sections;
    private final CurrentUser currentUser;
    private final TransactionTemplate readOnly;

    ContractPage(EntityManager entityManager, ClauseCheckRecordRepository checks, ContractService contracts,
            List<ContractPageSection> sections, CurrentUser currentUser, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.checks = checks;
        this.contracts = contracts;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ContractPageSection::order)).toList();
        this.currentUser = currentUser;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Puts the whole page of the contract into the model; an unknown contract is refused as not found. */
    public void fill(Model model, Long contractId) {
        currentUser.requireAnyGroup(READERS.toArray(String[]::new));
        List<String> groups = currentUser.groups();
        boolean checkReader = CHECK_READERS.stream().anyMatch(groups::contains);
        ContractPageContext context = readOnly.execute(status -> {
            Contract contract = entityManager.createQuery("select c from Contract c join fetch c.service"
                    + " join fetch c.vendor where c.id = :id", Contract.class)
                    .setParameter("id", contractId).getResultStream().findFirst()
                    .orElseThrow(() -> RegisterException.notFound("Contract", contractId));
            model.addAttribute("contract", terms(contract));
            if (checkReader) {
                model.addAttribute("documents", entityManager.createQuery("select new "
                        + DocumentRow.class.getName() + "(d.id, d.kind, d.fileName, d.size,"
                        + " d.uploadedBy, d.uploadedAt) from ContractDocument d where d.contract.id = :id"
                        + " order by d.uploadedAt desc, d.id desc", DocumentRow.class)
                        .setParameter("id", contractId).getResultList());
                model.addAttribute("check", latestCheck(contractId));
            }
            return new ContractPageContext(contract.getId(), contract.getVendor().getId(),
                    contract.getService().getId(), contract.getStatus(), contract.getTermStart(),
                    contract.getTermEnd(), EngineClock.today(), currentUser.id(), groups);
        });
        model.addAttribute("checkReader", checkReader);
        model.addAttribute("sections", sections.stream()
                .map(section -> new Section(section.template(), section.data(context))).toList());
    }

    private CheckView latestCheck(Long contractId) {
        List<ClauseCheckRecord> latest = entityManager.createQuery("select r from ClauseCheckRecord r"
                + " where r.contractId = :id order by r.id desc", ClauseCheckRecord.class)
                .setParameter("id", contractId).setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            return null;
        }
        ClauseCheckRecord record = latest.get(0);
        long count = entityManager.createQuery("select count(r) from ClauseCheckRecord r where r.contractId = :id",
                Long.class).setParameter("id", contractId).getSingleResult();
        ClauseCheckReport report = contracts.report(record);
        return new CheckView(record.getId(), record.applicability(), record.getCheckedAt(), record.getCheckedBy(),
                record.getPresentCount(), record.getPartialCount(), record.getMissingCount(), report.gaps(),
                report.findings(), count);
    }

    private static Terms terms(Contract c) {
        return new Terms(c.getId(), c.getVendor().getId(), c.getVendor().getName(), c.getVendor().getTaxId(),
                c.getService().getId(), c.getService().getDescription(), c.getPurpose(), c.getStatus(),
                c.getTermStart(), c.getTermEnd(), c.getSignedOn(), c.getSignatureRecordedBy(),
                c.getSlaReportFrequency(), c.getOnsiteStaff(), c.getAccessNeeds(),
                c.getConfidentialityUndertakingConfirmed(), c.getConfidentialityConfirmedBy(), c.getWaiverReason(),
                c.getWaiverApprovedBy(), c.getEndedOn(), c.getEndReason());
    }
}
