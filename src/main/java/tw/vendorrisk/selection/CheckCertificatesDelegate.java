package tw.vendorrisk.selection;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import tw.vendorrisk.selection.VendorSelectionProcess.Variables;

/** Checks the vendor's certificates against what the service requires (4.2.2, 4.2.3). */
@Component("checkCertificates")
class CheckCertificatesDelegate implements JavaDelegate {

    private final CertificateCheck certificateCheck;

    CheckCertificatesDelegate(CertificateCheck certificateCheck) {
        this.certificateCheck = certificateCheck;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CertificateCheck.Result result = certificateCheck.check(Variables.SERVICE_ID.require(execution),
                Variables.ORGANIZATION_CATEGORY.require(execution),
                LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()));
        Variables.CERTIFICATES_SUFFICIENT.set(execution, result.sufficient());
        Variables.CERTIFICATE_SHORTFALL.set(execution, result.shortfall());
    }
}
