package tw.vendorrisk.certificates;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;

/** Records who answered the renewal task, when it completes. */
@Component("recordCertificateRenewalDecider")
class CertificateExpiryDeciderListener implements TaskListener {

    private final CurrentUser currentUser;

    CertificateExpiryDeciderListener(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        String user = currentUser.id() != null ? currentUser.id() : task.getAssignee();
        CertificateExpiryProcess.Variables.RENEWAL_DECIDED_BY.set(task.getExecution(), user);
    }
}
