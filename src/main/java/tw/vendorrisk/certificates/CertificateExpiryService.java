package tw.vendorrisk.certificates;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.register.Certificate;
import tw.vendorrisk.register.RegisterException;
import tw.vendorrisk.register.ServiceStatus;

/**
 * The follow-up of expiring certificates (4.2.2, 4.2.3): which ones need renewing, and what
 * {@code infosec} found out: a renewed certificate (a new one in the register) or none.
 */
@Service
@Transactional
public class CertificateExpiryService {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateExpiryService.class);

    /** Certificates matter while the vendor is selected or runs a service for the organization. */
    static final EnumSet<ServiceStatus> VENDOR_IN_USE = EnumSet.of(ServiceStatus.SELECTED, ServiceStatus.ACTIVE);

    private final CertificateExpiryRepository certificates;
    private final CertificateExpirySettings settings;

    CertificateExpiryService(CertificateExpiryRepository certificates, CertificateExpirySettings settings) {
        this.certificates = certificates;
        this.settings = settings;
    }

    /** What the infosec task shows about one certificate. */
    public record ExpiringCertificate(Long certificateId, Long vendorId, String vendorName, String type,
            String number, LocalDate expiresOn) {
    }

    /**
     * Flags every certificate of a vendor in use that expires within the lead time (already expired
     * ones too) and is neither flagged nor replaced yet; returns their ids, soonest expiry first.
     */
    public List<Long> flagExpiring(String processInstanceId) {
        LocalDate today = EngineClock.today();
        List<Certificate> expiring = certificates.findRenewalCandidates(today.plusDays(settings.getLeadDays()),
                VENDOR_IN_USE);
        expiring.forEach(certificate -> certificate.requestRenewal(today, processInstanceId));
        LOG.info("Certificate check of {}: {} certificates expire within {} days", today, expiring.size(),
                settings.getLeadDays());
        return expiring.stream().map(Certificate::getId).toList();
    }

    @Transactional(readOnly = true)
    public ExpiringCertificate describe(Long certificateId) {
        Certificate certificate = certificate(certificateId);
        return new ExpiringCertificate(certificate.getId(), certificate.getVendor().getId(),
                certificate.getVendor().getName(), certificate.getType().name(), certificate.getNumber(),
                certificate.getExpiresOn());
    }

    /** Adds the renewed certificate (same vendor and type) and links the expiring one to it. */
    public Certificate recordRenewal(Long certificateId, String newNumber, LocalDate newExpiresOn, String notes,
            String user) {
        Certificate expiring = certificate(certificateId);
        if (newNumber == null || newNumber.isBlank()) {
            throw RegisterException.invalid("newCertificateNumber",
                    "Enter the renewed certificate's number, or untick 'renewed' and say why it is not renewed.");
        }
        if (newNumber.strip().length() > 100) {
            throw RegisterException.invalid("newCertificateNumber", "A certificate number has at most 100 characters.");
        }
        if (newExpiresOn == null) {
            throw RegisterException.invalid("newCertificateExpiresOn", "Enter the renewed certificate's expiry date.");
        }
        if (!newExpiresOn.isAfter(expiring.getExpiresOn()) || !newExpiresOn.isAfter(EngineClock.today())) {
            throw RegisterException.invalid("newCertificateExpiresOn", "The renewed certificate must expire after "
                    + "the current one (" + expiring.getExpiresOn() + ") and after today (" + EngineClock.today()
                    + "), not on " + newExpiresOn + ".");
        }
        Certificate renewed = certificates.save(new Certificate(expiring.getVendor(), expiring.getType(),
                newNumber.strip(), newExpiresOn));
        expiring.recordRenewal(renewed, notes, user, EngineClock.now());
        LOG.info("Certificate {} ({} {}) renewed by certificate {} until {}", expiring.getId(), expiring.getType(),
                expiring.getNumber(), renewed.getId(), newExpiresOn);
        return renewed;
    }

    /** Records that the certificate is not renewed; the notes must say why. */
    public void recordNotRenewed(Long certificateId, String notes, String user) {
        if (notes == null || notes.isBlank()) {
            throw RegisterException.invalid("renewalNotes", "Say why the certificate is not renewed "
                    + "(e.g. the vendor gives up the certification, or the service ends).");
        }
        certificate(certificateId).recordNotRenewed(notes.strip(), user, EngineClock.now());
    }

    @Transactional(readOnly = true)
    public Certificate certificate(Long certificateId) {
        return certificates.findById(certificateId)
                .orElseThrow(() -> RegisterException.notFound("Certificate", certificateId));
    }
}
