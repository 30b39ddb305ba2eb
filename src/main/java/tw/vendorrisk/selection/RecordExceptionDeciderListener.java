package tw.vendorrisk.selection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.selection.VendorSelectionProcess.Variables;

/** Records which manager decided the concentration exception, when the approval task completes (4.1.c). */
@Component("recordExceptionDecider")
class RecordExceptionDeciderListener implements TaskListener {

    private final CurrentUser currentUser;

    RecordExceptionDeciderListener(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        String user = currentUser.id() != null ? currentUser.id() : task.getAssignee();
        Variables.EXCEPTION_DECIDED_BY.set(task.getExecution(), user);
    }
}
