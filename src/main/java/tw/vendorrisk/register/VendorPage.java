package tw.vendorrisk.register;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.common.Groups;
import tw.vendorrisk.common.Tasklist;
import tw.vendorrisk.register.VendorPageContext.ContractRow;
import tw.vendorrisk.register.VendorPageContext.ServiceRow;

/**
 * Everything about one vendor on one screen ({@code templates/register/vendor.html}): its profile,
 * certificates with their expiry, NDAs, services, contracts, documents and open tasks, then the sections
 * of the other features ({@link VendorPageSection}). The register's part takes a fixed number of queries
 * whatever the vendor holds. Other features' form handlers draw the page again through {@link #fill} when
 * their form comes back with errors.
 */
@Component
public class VendorPage {

    /** The template. */
    public static final String VIEW = "register/vendor";

    /** The groups that may use each of the register's forms: those of {@code RegisterController}'s handlers. */
    static final List<String> ADD_CERTIFICATE = List.of(Groups.PROCUREMENT, Groups.INFOSEC, Groups.ADMIN);
    static final List<String> RECORD_NDA = List.of(Groups.PROCUREMENT, Groups.LEGAL, Groups.ADMIN);
    static final List<String> ADD_SERVICE = List.of(Groups.PROCUREMENT, Groups.ADMIN);
    static final List<String> RECORD_ARRANGEMENT = List.of(Groups.PROCUREMENT, Groups.ADMIN);

    /** How a certificate stands today. */
    public enum CertificateState { VALID, DUE, EXPIRED, RENEWED, NOT_RENEWED }

    public record CertificateRow(Long id, CertificateType type, String number, LocalDate expiresOn,
            CertificateState state, long daysLeft, LocalDate renewalRequestedOn) {
    }

    public record NdaRow(String reference, LocalDate signedOn, LocalDate validUntil, boolean inForce,
            String recordedBy) {
    }

    public record TaskRow(String id, String name, Date due, boolean overdue, String assignee, String url) {
    }

    /** A section of another feature, ready to draw. */
    public record Section(String anchor, String template, Object data) {
    }

    /** Which of the register's forms the user may use. */
    public record Rights(boolean addCertificate, boolean recordNda, boolean addService, boolean recordArrangement) {
    }

    private final VendorRepository vendors;
    private final OutsourcedServiceRepository services;
    private final ContractRepository contracts;
    private final CertificateRepository certificates;
    private final NdaRepository ndas;
    private final List<VendorPageSection> sections;
    private final TaskService taskService;
    private final Tasklist tasklist;
    private final CurrentUser currentUser;
    private final VendorDirectory directory;
    private final TransactionTemplate readOnly;

    VendorPage(VendorRepository vendors, OutsourcedServiceRepository services, ContractRepository contracts,
            CertificateRepository certificates, NdaRepository ndas,
            List<VendorPageSection> sections, TaskService taskService, Tasklist tasklist, CurrentUser currentUser,
            VendorDirectory directory, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.vendors = vendors;
        this.services = services;
        this.contracts = contracts;
        this.certificates = certificates;
        this.ndas = ndas;
        this.sections = sections.stream().sorted(Comparator.comparingInt(VendorPageSection::order)).toList();
        this.taskService = taskService;
        this.tasklist = tasklist;
        this.currentUser = currentUser;
        this.directory = directory;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Puts the whole page of the vendor into the model; an unknown vendor is refused as not found. */
    public void fill(Model model, Long vendorId) {
        VendorPageContext context = readOnly.execute(status -> {
            Vendor vendor = vendors.findById(vendorId).orElseThrow(() -> RegisterException.notFound("Vendor", vendorId));
            LocalDate today = EngineClock.today();
            model.addAttribute("vendor", vendor);
            model.addAttribute("certificates", certificates.findByVendorIdOrderByExpiresOn(vendorId).stream()
                    .map(c -> certificateRow(c, today)).toList());
            model.addAttribute("ndas", ndas.findByVendorIdOrderBySignedOnDesc(vendorId).stream()
                    .map(n -> new NdaRow(n.getReference(), n.getSignedOn(), n.getValidUntil(), n.isInForceOn(today),
                            n.getRecordedBy())).toList());
            List<ServiceRow> serviceRows = services.findByVendorIdOrderById(vendorId).stream()
                    .map(s -> new ServiceRow(s.getId(), s.getDescription(), s.getCriticality(), s.getAnnualSpend(),
                            s.isCloud(), s.isSystemDevelopment(), s.isSystemMaintenance(), s.isSystemMonitoring(),
                            s.getPeriodStart(), s.getPeriodEnd(), s.getStatus(), s.getArrangement()))
                    .toList();
            List<ContractRow> contractRows = contracts.withServicesOfVendor(vendorId).stream()
                    .map(c -> new ContractRow(c.getId(), c.getService().getId(), c.getService().getDescription(),
                            c.getPurpose(), c.getStatus(), c.getTermStart(), c.getTermEnd(), c.getSignedOn(),
                            c.getEndedOn(), c.getEndReason(), c.getSlaReportFrequency(), c.getOnsiteStaff()))
                    .toList();
            return new VendorPageContext(vendor.getId(), vendor.getName(), serviceRows, contractRows,
                    currentUser.id(), currentUser.groups());
        });
        model.addAttribute("services", context.services());
        model.addAttribute("contracts", context.contracts());
        model.addAttribute("openTasks", openTasks(context));
        model.addAttribute("rights", new Rights(context.inAnyGroup(ADD_CERTIFICATE), context.inAnyGroup(RECORD_NDA),
                context.inAnyGroup(ADD_SERVICE), context.inAnyGroup(RECORD_ARRANGEMENT)));
        model.addAttribute("certificateLeadDays", directory.certificateLeadDays());
        model.addAttribute("certificateTypes", CertificateType.values());
        model.addAttribute("criticalities", Criticality.values());
        addIfAbsent(model, "certificateForm", new VendorForms.CertificateForm());
        addIfAbsent(model, "ndaForm", new VendorForms.NdaForm());
        addIfAbsent(model, "serviceForm", new VendorForms.ServiceForm());
        model.addAttribute("sections", sections.stream().map(section -> {
            Object data = section.data(context);
            if (data == null) {
                return null;
            }
            section.forms(context).forEach((name, form) -> addIfAbsent(model, name, form));
            return new Section(section.anchor(), section.template(), data);
        }).filter(java.util.Objects::nonNull).toList());
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private CertificateRow certificateRow(Certificate certificate, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, certificate.getExpiresOn());
        CertificateState state;
        if (certificate.getRenewalOutcome() == CertificateRenewal.RENEWED) {
            state = CertificateState.RENEWED;
        } else if (certificate.getRenewalOutcome() == CertificateRenewal.NOT_RENEWED) {
            state = CertificateState.NOT_RENEWED;
        } else if (daysLeft < 0) {
            state = CertificateState.EXPIRED;
        } else if (daysLeft <= directory.certificateLeadDays()) {
            state = CertificateState.DUE;
        } else {
            state = CertificateState.VALID;
        }
        return new CertificateRow(certificate.getId(), certificate.getType(), certificate.getNumber(),
                certificate.getExpiresOn(), state, daysLeft, certificate.getRenewalRequestedOn());
    }

    /**
     * The open tasks about the vendor that the user may see (the engine's authorizations apply): of the
     * processes whose {@code vendorId} is the vendor or whose {@code contractId} is one of its contracts,
     * in one query.
     */
    private List<TaskRow> openTasks(VendorPageContext context) {
        TaskQuery query = taskService.createTaskQuery().or().processVariableValueEquals("vendorId", context.vendorId());
        for (Long contractId : context.contractIds()) {
            query.processVariableValueEquals("contractId", contractId);
        }
        Date now = Date.from(EngineClock.now().toInstant());
        return query.endOr().orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, 100).stream()
                .map(task -> new TaskRow(task.getId(), task.getName(), task.getDueDate(),
                        task.getDueDate() != null && task.getDueDate().before(now), task.getAssignee(),
                        tasklist.task(task.getId())))
                .toList();
    }
}
