package tw.vendorrisk.certificates;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.certificates.CertificateExpiryProcess.Variables;

/**
 * When one renewal starts: puts what the infosec task shows (vendor, type, number, expiry) and the
 * fields of its answer as variables local to that renewal, so parallel renewals keep theirs apart.
 */
@Component("describeExpiringCertificate")
class CertificateExpiryDescribeListener implements ExecutionListener {

    private final CertificateExpiryService expiry;

    CertificateExpiryDescribeListener(CertificateExpiryService expiry) {
        this.expiry = expiry;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CertificateExpiryService.ExpiringCertificate certificate =
                expiry.describe(Variables.CERTIFICATE_ID.require(execution));
        execution.setVariableLocal(Variables.VENDOR_ID.name(), certificate.vendorId());
        execution.setVariableLocal(Variables.VENDOR_NAME.name(), certificate.vendorName());
        execution.setVariableLocal(Variables.CERTIFICATE_TYPE.name(), certificate.type());
        execution.setVariableLocal(Variables.CERTIFICATE_NUMBER.name(), certificate.number());
        execution.setVariableLocal(Variables.CERTIFICATE_EXPIRES_ON.name(), certificate.expiresOn().toString());
        execution.setVariableLocal(Variables.CERTIFICATE_DUE_AT, EngineClock.startOf(certificate.expiresOn()));
        for (String answer : new String[] {Variables.CERTIFICATE_RENEWED.name(), Variables.NEW_CERTIFICATE_NUMBER.name(),
                Variables.NEW_CERTIFICATE_EXPIRES_ON.name(), Variables.RENEWAL_NOTES.name(),
                Variables.RENEWAL_DECIDED_BY.name()}) {
            execution.setVariableLocal(answer, null);
        }
    }
}
