package tw.vendorrisk.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.oversight.OversightActivity;
import tw.vendorrisk.oversight.OversightActivityRepository;
import tw.vendorrisk.oversight.OversightKind;
import tw.vendorrisk.oversight.OversightStatus;
import tw.vendorrisk.register.ArrangementDetails;
import tw.vendorrisk.register.CertificateRepository;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.OrganizationService;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.OutsourcedServiceRepository;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.selection.SelectionDecision;
import tw.vendorrisk.selection.SelectionDecisionRepository;
import tw.vendorrisk.selection.SelectionOutcome;

/**
 * The register of outsourcing arrangements: one row per arrangement, that is per outsourced service
 * that was selected (selected, active or ended), with its latest contract, the concentration figures
 * of its latest selection decision, its audits and reviews and the vendor's certificates. Services
 * under selection or not selected are no arrangement and are left out. Everything is read from the
 * register; nothing is typed twice.
 */
@Service
@Transactional(readOnly = true)
public class RegisterExport {

    static final Set<ServiceStatus> ARRANGEMENTS = EnumSet.of(ServiceStatus.SELECTED, ServiceStatus.ACTIVE,
            ServiceStatus.ENDED);

    private final OutsourcedServiceRepository services;
    private final ContractRepository contracts;
    private final SelectionDecisionRepository decisions;
    private final OversightActivityRepository activities;
    private final CertificateRepository certificates;
    private final OrganizationService organization;

    RegisterExport(OutsourcedServiceRepository services, ContractRepository contracts,
            SelectionDecisionRepository decisions, OversightActivityRepository activities,
            CertificateRepository certificates, OrganizationService organization) {
        this.services = services;
        this.contracts = contracts;
        this.decisions = decisions;
        this.activities = activities;
        this.certificates = certificates;
        this.organization = organization;
    }

    /** The arrangements, by vendor name and service. */
    public List<RegisterExportRow> rows() {
        int category = organization.profile().getCategory();
        Map<Long, List<Contract>> contractsByService = contracts.findAll().stream()
                .collect(Collectors.groupingBy(c -> c.getService().getId()));
        Map<Long, List<SelectionDecision>> decisionsByService = decisions.findAll().stream()
                .collect(Collectors.groupingBy(d -> d.getService().getId()));
        Map<Long, List<OversightActivity>> activitiesByContract = activities.findAll().stream()
                .collect(Collectors.groupingBy(a -> a.getContract().getId()));
        Map<Long, String> certificatesByVendor = new HashMap<>();
        return services.findAll().stream()
                .filter(service -> ARRANGEMENTS.contains(service.getStatus()))
                .sorted(Comparator.comparing((OutsourcedService s) -> s.getVendor().getName())
                        .thenComparing(OutsourcedService::getId))
                .map(service -> {
                    List<Contract> serviceContracts = contractsByService.getOrDefault(service.getId(), List.of());
                    List<OversightActivity> oversight = serviceContracts.stream()
                            .flatMap(c -> activitiesByContract.getOrDefault(c.getId(), List.of()).stream())
                            .toList();
                    String vendorCertificates = certificatesByVendor.computeIfAbsent(service.getVendor().getId(),
                            this::certificates);
                    return row(service, latest(serviceContracts), latestDecision(service,
                            decisionsByService.getOrDefault(service.getId(), List.of())), oversight,
                            vendorCertificates, category);
                })
                .toList();
    }

    private static RegisterExportRow row(OutsourcedService service, Contract contract, SelectionDecision decision,
            List<OversightActivity> oversight, String vendorCertificates, int category) {
        Vendor vendor = service.getVendor();
        ArrangementDetails details = service.getArrangement();
        boolean signed = contract != null && contract.getTermStart() != null;
        return new RegisterExportRow(
                service.getId(),
                contract == null ? null : contract.getId(),
                vendor.getTaxId(),
                vendor.getName(),
                vendor.getCountry(),
                vendor.getParentCompany(),
                service.getDescription(),
                service.getCriticality(),
                service.isCloud(),
                details == null ? null : details.storesData(),
                details == null ? null : join(details.dataStorageCountryList()),
                details == null ? null : join(details.dataProcessingCountryList()),
                signed ? contract.getTermStart() : service.getPeriodStart(),
                signed ? contract.getTermEnd() : service.getPeriodEnd(),
                contract == null ? null : contract.getSignedOn(),
                contract == null ? null : contract.getEndReason(),
                details == null ? null : details.noticePeriodEntityDays(),
                details == null ? null : details.noticePeriodProviderDays(),
                category,
                decision == null ? null : decision.getShareByCount(),
                decision == null ? null : decision.getShareBySpend(),
                decision == null ? null : decision.getShareOfCritical(),
                decision == null ? null : decision.getMarketShare(),
                decision == null ? null : decision.getConcentrationTooHigh(),
                decision == null ? null : decision.getExceptionApprovedBy(),
                lastDone(oversight, OversightKind.AUDIT),
                nextDue(oversight, OversightKind.AUDIT),
                lastDone(oversight, OversightKind.ONSITE_REVIEW),
                vendorCertificates,
                details == null ? null : details.subcontractors(),
                details == null ? null : details.substitutability(),
                details == null ? null : details.nonSubstitutabilityReason(),
                details == null ? null : details.hasExitPlan(),
                details == null ? null : details.exitPlan(),
                service.getStatus(),
                contract == null ? null : contract.getStatus());
    }

    private static Contract latest(List<Contract> contracts) {
        return contracts.stream().max(Comparator.comparing(Contract::getId)).orElse(null);
    }

    /** The latest decision that selected the service's vendor, else the latest decision on the service. */
    private static SelectionDecision latestDecision(OutsourcedService service, List<SelectionDecision> decisions) {
        Comparator<SelectionDecision> byTime = Comparator.comparing(SelectionDecision::getDecidedAt)
                .thenComparing(SelectionDecision::getId);
        return decisions.stream()
                .filter(d -> d.getOutcome() == SelectionOutcome.SELECTED
                        && d.getVendor().getId().equals(service.getVendor().getId()))
                .max(byTime)
                .orElseGet(() -> decisions.stream().max(byTime).orElse(null));
    }

    private static LocalDate lastDone(List<OversightActivity> oversight, OversightKind kind) {
        return oversight.stream()
                .filter(a -> a.getKind() == kind && a.getStatus() == OversightStatus.DONE)
                .map(OversightActivity::getCompletedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).map(RegisterExport::day).orElse(null);
    }

    private static LocalDate nextDue(List<OversightActivity> oversight, OversightKind kind) {
        return oversight.stream()
                .filter(a -> a.getKind() == kind
                        && (a.getStatus() == OversightStatus.SCHEDULED || a.getStatus() == OversightStatus.OPEN))
                .map(OversightActivity::getDueOn).min(Comparator.naturalOrder()).orElse(null);
    }

    private String certificates(Long vendorId) {
        String listed = certificates.findByVendorIdOrderByExpiresOn(vendorId).stream()
                .map(c -> c.getType() + " " + c.getNumber() + ", " + c.getExpiresOn())
                .collect(Collectors.joining("; "));
        return listed.isEmpty() ? null : listed;
    }

    private static String join(List<String> countries) {
        return countries.isEmpty() ? null : String.join(";", countries);
    }

    private static LocalDate day(OffsetDateTime time) {
        return time.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate();
    }
}
