package tw.vendorrisk.certificates;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.certificates.CertificateExpiryProcess.Variables;

/** Adds the renewed certificate to the register (4.2.2, 4.2.3); a bad number or date refuses the task's completion. */
@Component("recordRenewedCertificate")
class CertificateExpiryRenewedDelegate implements JavaDelegate {

    private final CertificateExpiryService expiry;

    CertificateExpiryRenewedDelegate(CertificateExpiryService expiry) {
        this.expiry = expiry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        expiry.recordRenewal(Variables.CERTIFICATE_ID.require(execution),
                Variables.NEW_CERTIFICATE_NUMBER.get(execution),
                Variables.NEW_CERTIFICATE_EXPIRES_ON.date(execution),
                Variables.RENEWAL_NOTES.get(execution),
                Variables.RENEWAL_DECIDED_BY.get(execution));
    }
}
