package tw.vendorrisk.oversight;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.InvalidVariableException;
import tw.vendorrisk.common.ProcessVariable;
import tw.vendorrisk.oversight.OversightCycle.Variables;

/**
 * An on-site review is complete only when every item of 10.3-10.5 was reviewed; what was found
 * wrong goes into the findings, one per line.
 */
@Component("validateOnsiteChecklist")
class ValidateOnsiteChecklistListener implements TaskListener {

    static final List<ProcessVariable<Boolean>> CHECKLIST = List.of(Variables.STAFF_LIST_REVIEWED,
            Variables.WORK_LOCATIONS_REVIEWED, Variables.CONNECTIONS_REVIEWED, Variables.DEVICE_USE_REVIEWED,
            Variables.DATA_CENTRE_ENTRY_REVIEWED, Variables.ACCESS_CARDS_REVIEWED,
            Variables.NETWORK_ISOLATION_REVIEWED);

    @Override
    public void notify(DelegateTask task) {
        List<String> missing = CHECKLIST.stream()
                .filter(item -> !Boolean.TRUE.equals(item.get(task)))
                .map(ProcessVariable::name)
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidVariableException(missing.get(0), "must be ticked: review every item of 10.3-10.5 "
                    + "(not yet reviewed: " + String.join(", ", missing) + "); write what is wrong as findings.");
        }
    }
}
