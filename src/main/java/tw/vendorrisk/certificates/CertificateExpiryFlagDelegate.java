package tw.vendorrisk.certificates;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Flags the certificates that expire within the lead time; hands their ids to the renewal multi-instance. */
@Component("flagExpiringCertificates")
class CertificateExpiryFlagDelegate implements JavaDelegate {

    private final CertificateExpiryService expiry;

    CertificateExpiryFlagDelegate(CertificateExpiryService expiry) {
        this.expiry = expiry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Long> ids = expiry.flagExpiring(execution.getProcessInstanceId());
        // transient: the collection is read once, in this transaction, when the multi-instance starts
        execution.setVariable(CertificateExpiryProcess.Variables.CERTIFICATE_IDS,
                Variables.objectValue(ids, true).create());
        CertificateExpiryProcess.Variables.EXPIRING_COUNT.set(execution, ids.size());
    }
}
