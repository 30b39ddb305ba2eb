package tw.vendorrisk.register;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.Text;

/** Vendors, their services, certificates and NDAs: the register the processes work on. */
@Service
@Transactional
public class RegisterService {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    /** No service has this ID: leaving it out of totals leaves out nothing. */
    private static final Long NO_SERVICE = 0L;

    private final VendorRepository vendors;
    private final OutsourcedServiceRepository services;
    private final CertificateRepository certificates;
    private final NdaRepository ndas;

    RegisterService(VendorRepository vendors, OutsourcedServiceRepository services,
            CertificateRepository certificates, NdaRepository ndas) {
        this.vendors = vendors;
        this.services = services;
        this.certificates = certificates;
        this.ndas = ndas;
    }

    public Vendor registerVendor(NewVendor request) {
        if (!TaxId.isValid(request.taxId())) {
            throw RegisterException.invalidTaxId(request.taxId());
        }
        if (vendors.existsByTaxId(request.taxId())) {
            throw RegisterException.duplicateTaxId(request.taxId());
        }
        try {
            return vendors.saveAndFlush(new Vendor(request.name().strip(), request.taxId(),
                    request.countryOrDefault(), request.parentCompany(), request.marketSharePercent(),
                    request.marketShareSource(), request.marketShareAsOf()));
        } catch (DataIntegrityViolationException raceWithAnotherRequest) {
            throw RegisterException.duplicateTaxId(request.taxId());
        }
    }

    @Transactional(readOnly = true)
    public List<Vendor> vendors() {
        return vendors.findAll();
    }

    @Transactional(readOnly = true)
    public Vendor vendor(Long id) {
        return vendors.findById(id).orElseThrow(() -> RegisterException.notFound("Vendor", id));
    }

    /** The vendor with this tax ID; a tax ID with a bad checksum is refused as a typo, not as an unknown vendor. */
    @Transactional(readOnly = true)
    public Vendor vendorByTaxId(String taxId) {
        if (!TaxId.isValid(taxId)) {
            throw RegisterException.invalidTaxId(taxId);
        }
        return vendors.findByTaxId(taxId).orElseThrow(() -> RegisterException.unknownVendor(taxId));
    }

    public Certificate addCertificate(Long vendorId, NewCertificate request) {
        return certificates.save(new Certificate(vendor(vendorId), request.type(), request.number(),
                request.expiresOn()));
    }

    @Transactional(readOnly = true)
    public List<Certificate> certificates(Long vendorId) {
        vendor(vendorId);
        return certificates.findByVendorIdOrderByExpiresOn(vendorId);
    }

    public Nda recordNda(Long vendorId, Long serviceId, NewNda request, String user) {
        if (request.signedOn().isAfter(LocalDate.now())) {
            throw RegisterException.invalid("signedOn", "The NDA's signing date " + request.signedOn()
                    + " lies in the future: record an NDA once it is signed.");
        }
        if (request.validUntil() != null && request.validUntil().isBefore(request.signedOn())) {
            throw RegisterException.invalid("validUntil", "The NDA's end date " + request.validUntil()
                    + " lies before its signing date " + request.signedOn() + ".");
        }
        return ndas.save(new Nda(vendor(vendorId), serviceId, request.reference(), request.signedOn(),
                request.validUntil(), user));
    }

    @Transactional(readOnly = true)
    public List<Nda> ndas(Long vendorId) {
        vendor(vendorId);
        return ndas.findByVendorIdOrderBySignedOnDesc(vendorId);
    }

    @Transactional(readOnly = true)
    public boolean hasNdaInForce(Long vendorId, LocalDate day) {
        return ndas.findByVendorIdOrderBySignedOnDesc(vendorId).stream().anyMatch(nda -> nda.isInForceOn(day));
    }

    /** A service the organization already outsources (e.g. from before this application). */
    public OutsourcedService addService(Long vendorId, ServiceProfile profile, ServiceStatus status) {
        if (profile.periodStart() != null && profile.periodEnd() != null
                && profile.periodEnd().isBefore(profile.periodStart())) {
            throw RegisterException.invalid("periodEnd", "The service period ends (" + profile.periodEnd()
                    + ") before it starts (" + profile.periodStart() + ").");
        }
        return services.save(new OutsourcedService(vendor(vendorId), profile, status));
    }

    /** A service under selection, proposed to a candidate vendor. */
    public OutsourcedService proposeService(Long vendorId, ServiceProfile profile, String processInstanceId) {
        OutsourcedService service = new OutsourcedService(vendor(vendorId), profile, ServiceStatus.PROPOSED);
        service.linkSelectionProcess(processInstanceId);
        return services.save(service);
    }

    public OutsourcedService reassignService(Long serviceId, Long vendorId) {
        OutsourcedService service = service(serviceId);
        service.assignTo(vendor(vendorId));
        return service;
    }

    @Transactional(readOnly = true)
    public OutsourcedService service(Long serviceId) {
        return services.findById(serviceId).orElseThrow(() -> RegisterException.notFound("Service", serviceId));
    }

    /** The service with its vendor loaded (for a page that names both). */
    @Transactional(readOnly = true)
    public OutsourcedService serviceWithVendor(Long serviceId) {
        return services.withVendor(serviceId).orElseThrow(() -> RegisterException.notFound("Service", serviceId));
    }

    /**
     * Records the arrangement details of a service (notice periods, data locations, subcontractors,
     * substitutability, exit plan), replacing what was recorded before. Refuses, writing nothing,
     * unknown country codes, storage countries that contradict {@code storesData}, and a missing or
     * superfluous reason for the substitutability.
     */
    public OutsourcedService recordArrangement(Long serviceId, ArrangementTerms terms, String user) {
        OutsourcedService service = service(serviceId);
        if (service.getStatus() == ServiceStatus.NOT_SELECTED) {
            throw RegisterException.invalid("serviceId", "Service " + serviceId
                    + " was not selected: there is no arrangement to describe.");
        }
        List<String> storage = countries("dataStorageCountries", terms.dataStorageCountries());
        List<String> processing = countries("dataProcessingCountries", terms.dataProcessingCountries());
        if (terms.storesData() && storage.isEmpty()) {
            throw RegisterException.invalid("dataStorageCountries",
                    "The vendor stores data (storesData is true): name the countries where the data rests.");
        }
        if (!terms.storesData() && !storage.isEmpty()) {
            throw RegisterException.invalid("dataStorageCountries",
                    "The vendor stores no data (storesData is false), yet storage countries " + storage + " are given.");
        }
        if (terms.substitutability().needsReason() && terms.nonSubstitutabilityReason() == null) {
            throw RegisterException.invalid("nonSubstitutabilityReason", "Say why the vendor is "
                    + terms.substitutability() + ": NO_REAL_ALTERNATIVES, MIGRATION_DIFFICULTIES or BOTH.");
        }
        if (!terms.substitutability().needsReason() && terms.nonSubstitutabilityReason() != null) {
            throw RegisterException.invalid("nonSubstitutabilityReason", "A reason is given only for a vendor that "
                    + "is NOT_SUBSTITUTABLE or HIGHLY_COMPLEX to substitute, not " + terms.substitutability() + ".");
        }
        service.recordArrangement(new ArrangementDetails(terms.noticePeriodEntityDays(),
                terms.noticePeriodProviderDays(), terms.storesData(), ArrangementDetails.join(storage),
                ArrangementDetails.join(processing), blankToNull(terms.subcontractors()), terms.substitutability(),
                terms.nonSubstitutabilityReason(), blankToNull(terms.exitPlan()), user, OffsetDateTime.now()));
        return service;
    }

    private static List<String> countries(String field, List<String> codes) {
        List<String> distinct = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (!ISO_COUNTRIES.contains(code)) {
                throw RegisterException.invalid(field, "'" + code + "' is not an ISO 3166 country code.");
            }
            if (!distinct.contains(code)) {
                distinct.add(code);
            }
        }
        return distinct;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : Text.limit(text.strip());
    }

    @Transactional(readOnly = true)
    public List<OutsourcedService> services(Long vendorId) {
        vendor(vendorId);
        return services.findByVendorIdOrderById(vendorId);
    }

    /**
     * Totals of the services that count for concentration (selected or active), of one vendor or
     * (vendorId null) of the whole organization, leaving out one service.
     */
    @Transactional(readOnly = true)
    public ServiceTotals concentrationTotals(Long vendorId, Long excludedServiceId) {
        return services.totals(java.util.EnumSet.of(ServiceStatus.SELECTED, ServiceStatus.ACTIVE), vendorId,
                excludedServiceId);
    }

    /** Totals of the services that count for concentration now, of one vendor or (null) of the organization. */
    @Transactional(readOnly = true)
    public ServiceTotals concentrationTotals(Long vendorId) {
        return concentrationTotals(vendorId, NO_SERVICE);
    }

    /** Totals per vendor of the services that count for concentration (selected or active). */
    @Transactional(readOnly = true)
    public List<VendorServiceTotals> concentrationTotalsByVendor() {
        return services.totalsByVendor(java.util.EnumSet.of(ServiceStatus.SELECTED, ServiceStatus.ACTIVE));
    }

    public void closeSelectionWithoutVendor(Long serviceId) {
        service(serviceId).markNotSelected();
    }
}
