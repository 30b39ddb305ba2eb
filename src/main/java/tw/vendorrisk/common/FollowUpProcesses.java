package tw.vendorrisk.common;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The one way a process (or a listener of one) starts the process that follows it: by the follow-up's
 * start message, with a business key, in the current transaction, on the process's own authority
 * ({@link ProcessAuthority}). The person whose step led to it may lack the right to start the
 * follow-up; the register still records who acted.
 */
@Component
public class FollowUpProcesses {

    private final RuntimeService runtimeService;

    FollowUpProcesses(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public ProcessInstance start(String startMessage, String businessKey, Map<String, Object> variables) {
        return ProcessAuthority.call(() -> runtimeService.createMessageCorrelation(startMessage)
                .processInstanceBusinessKey(businessKey)
                .setVariables(variables)
                .correlateStartMessage());
    }
}
