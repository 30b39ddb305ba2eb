package tw.vendorrisk.change;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import tw.vendorrisk.change.ChangeReassessmentProcess.Variables;

/**
 * Reports a change of a contract's service: sends {@code Msg_ServiceChangeNotified}, which starts
 * {@code change-reassessment} in this transaction ({@code POST /api/contracts/{id}/changes} and the
 * workspace's form alike). The process's first step refuses a change of a contract that does not run.
 */
@Component
public class ChangeReporting {

    private final RuntimeService runtimeService;

    ChangeReporting(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public ProcessInstance report(Long contractId, NewChange change) {
        MessageCorrelationBuilder message = runtimeService
                .createMessageCorrelation(ChangeReassessmentProcess.MESSAGE_SERVICE_CHANGE_NOTIFIED)
                .processInstanceBusinessKey(contractId.toString())
                .setVariable(Variables.CONTRACT_ID.name(), contractId)
                .setVariable(Variables.CHANGE_TYPE.name(), change.changeType().name())
                .setVariable(Variables.CHANGE_DESCRIPTION.name(), change.description())
                .setVariable(Variables.CHANGE_SOURCE.name(),
                        (change.source() == null ? ChangeSource.VENDOR_NOTICE : change.source()).name());
        if (change.effectiveOn() != null) {
            message.setVariable(Variables.EFFECTIVE_ON.name(), change.effectiveOn().toString());
        }
        return message.correlateStartMessage();
    }
}
