package tw.vendorrisk.register;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tw.vendorrisk.common.AllowedGroups;
import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.Groups;

/** The vendor register over JSON: {@code /api/vendors}, {@code /api/organization}. */
@RestController
@RequestMapping("/api")
class RegisterController {

    private final RegisterService register;
    private final OrganizationService organization;
    private final CurrentUser currentUser;

    RegisterController(RegisterService register, OrganizationService organization, CurrentUser currentUser) {
        this.register = register;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    @GetMapping("/vendors")
    List<VendorView> vendors() {
        return register.vendors().stream().map(VendorView::of).toList();
    }

    @PostMapping("/vendors")
    @AllowedGroups({Groups.PROCUREMENT, Groups.ADMIN})
    ResponseEntity<VendorView> registerVendor(@Valid @RequestBody NewVendor request) {
        Vendor vendor = register.registerVendor(request);
        return ResponseEntity.created(URI.create("/api/vendors/" + vendor.getId())).body(VendorView.of(vendor));
    }

    @GetMapping("/vendors/{id}")
    VendorView vendor(@PathVariable Long id) {
        return VendorView.of(register.vendor(id));
    }

    @GetMapping("/vendors/{id}/certificates")
    List<CertificateView> certificates(@PathVariable Long id) {
        return register.certificates(id).stream().map(CertificateView::of).toList();
    }

    @PostMapping("/vendors/{id}/certificates")
    @AllowedGroups({Groups.PROCUREMENT, Groups.INFOSEC, Groups.ADMIN})
    ResponseEntity<CertificateView> addCertificate(@PathVariable Long id, @Valid @RequestBody NewCertificate request) {
        Certificate certificate = register.addCertificate(id, request);
        return ResponseEntity.created(URI.create("/api/vendors/" + id + "/certificates/" + certificate.getId()))
                .body(CertificateView.of(certificate));
    }

    @GetMapping("/vendors/{id}/ndas")
    List<NdaView> ndas(@PathVariable Long id) {
        return register.ndas(id).stream().map(NdaView::of).toList();
    }

    @PostMapping("/vendors/{id}/ndas")
    @AllowedGroups({Groups.PROCUREMENT, Groups.LEGAL, Groups.ADMIN})
    ResponseEntity<NdaView> recordNda(@PathVariable Long id, @Valid @RequestBody NewNda request) {
        Nda nda = register.recordNda(id, null, request, currentUser.id());
        return ResponseEntity.created(URI.create("/api/vendors/" + id + "/ndas/" + nda.getId())).body(NdaView.of(nda));
    }

    @GetMapping("/vendors/{id}/services")
    List<ServiceView> services(@PathVariable Long id) {
        return register.services(id).stream().map(ServiceView::of).toList();
    }

    /** Services outsourced before this application, so that concentration counts them. */
    @PostMapping("/vendors/{id}/services")
    @AllowedGroups({Groups.PROCUREMENT, Groups.ADMIN})
    ResponseEntity<ServiceView> addExistingService(@PathVariable Long id, @Valid @RequestBody ServiceProfile profile) {
        OutsourcedService service = register.addService(id, profile, ServiceStatus.ACTIVE);
        return ResponseEntity.created(URI.create("/api/vendors/" + id + "/services/" + service.getId()))
                .body(ServiceView.of(service));
    }

    @GetMapping("/services/{id}/arrangement")
    ArrangementView arrangement(@PathVariable Long id) {
        return ArrangementView.of(register.service(id));
    }

    /** The arrangement details the register of arrangements reports; the whole set each time. */
    @PutMapping("/services/{id}/arrangement")
    @AllowedGroups({Groups.PROCUREMENT, Groups.ADMIN})
    ArrangementView recordArrangement(@PathVariable Long id, @Valid @RequestBody ArrangementTerms terms) {
        return ArrangementView.of(register.recordArrangement(id, terms, currentUser.id()));
    }

    @GetMapping("/organization")
    OrganizationProfile organization() {
        return organization.profile();
    }

    @PutMapping("/organization")
    @AllowedGroups({Groups.ADMIN})
    OrganizationProfile updateOrganization(@Valid @RequestBody OrganizationFacts facts) {
        return organization.update(facts, currentUser.id());
    }

    record VendorView(Long id, String name, String taxId, String country, String parentCompany,
            BigDecimal marketSharePercent, String marketShareSource, LocalDate marketShareAsOf,
            OffsetDateTime createdAt) {
        static VendorView of(Vendor v) {
            return new VendorView(v.getId(), v.getName(), v.getTaxId(), v.getCountry(), v.getParentCompany(),
                    v.getMarketSharePercent(), v.getMarketShareSource(), v.getMarketShareAsOf(), v.getCreatedAt());
        }
    }

    record CertificateView(Long id, CertificateType type, String number, LocalDate expiresOn,
            LocalDate renewalRequestedOn, CertificateRenewal renewalOutcome, String renewalNotes,
            String renewalDecidedBy, Long renewedByCertificateId) {
        static CertificateView of(Certificate c) {
            return new CertificateView(c.getId(), c.getType(), c.getNumber(), c.getExpiresOn(),
                    c.getRenewalRequestedOn(), c.getRenewalOutcome(), c.getRenewalNotes(), c.getRenewalDecidedBy(),
                    c.getRenewedByCertificateId());
        }
    }

    record NdaView(Long id, Long serviceId, String reference, LocalDate signedOn, LocalDate validUntil,
            String recordedBy) {
        static NdaView of(Nda n) {
            return new NdaView(n.getId(), n.getServiceId(), n.getReference(), n.getSignedOn(), n.getValidUntil(),
                    n.getRecordedBy());
        }
    }

    record ServiceView(Long id, Long vendorId, String description, boolean cloud, boolean systemDevelopment,
            boolean systemMaintenance, boolean systemMonitoring, Criticality criticality, BigDecimal annualSpend,
            LocalDate periodStart, LocalDate periodEnd, ServiceStatus status, String selectionProcessInstanceId) {
        static ServiceView of(OutsourcedService s) {
            return new ServiceView(s.getId(), s.getVendor().getId(), s.getDescription(), s.isCloud(),
                    s.isSystemDevelopment(), s.isSystemMaintenance(), s.isSystemMonitoring(), s.getCriticality(),
                    s.getAnnualSpend(), s.getPeriodStart(), s.getPeriodEnd(), s.getStatus(),
                    s.getSelectionProcessInstanceId());
        }
    }

    record ArrangementView(Long serviceId, Integer noticePeriodEntityDays, Integer noticePeriodProviderDays,
            Boolean storesData, List<String> dataStorageCountries, List<String> dataProcessingCountries,
            String subcontractors, Substitutability substitutability,
            NonSubstitutabilityReason nonSubstitutabilityReason, String exitPlan, String updatedBy,
            OffsetDateTime updatedAt) {
        static ArrangementView of(OutsourcedService s) {
            ArrangementDetails a = s.getArrangement();
            if (a == null) {
                return new ArrangementView(s.getId(), null, null, null, null, null, null, null, null, null, null,
                        null);
            }
            return new ArrangementView(s.getId(), a.noticePeriodEntityDays(), a.noticePeriodProviderDays(),
                    a.storesData(), a.dataStorageCountryList(), a.dataProcessingCountryList(), a.subcontractors(),
                    a.substitutability(), a.nonSubstitutabilityReason(), a.exitPlan(), a.updatedBy(), a.updatedAt());
        }
    }
}
