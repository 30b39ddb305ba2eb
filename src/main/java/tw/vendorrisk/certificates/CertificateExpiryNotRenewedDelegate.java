package tw.vendorrisk.certificates;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.certificates.CertificateExpiryProcess.Variables;

/** Records that the certificate is not renewed, with the reason; no reason refuses the task's completion. */
@Component("recordCertificateNotRenewed")
class CertificateExpiryNotRenewedDelegate implements JavaDelegate {

    private final CertificateExpiryService expiry;

    CertificateExpiryNotRenewedDelegate(CertificateExpiryService expiry) {
        this.expiry = expiry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        expiry.recordNotRenewed(Variables.CERTIFICATE_ID.require(execution), Variables.RENEWAL_NOTES.get(execution),
                Variables.RENEWAL_DECIDED_BY.get(execution));
    }
}
