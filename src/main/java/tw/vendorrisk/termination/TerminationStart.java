package tw.vendorrisk.termination;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import tw.vendorrisk.termination.VendorTerminationProcess.Variables;

/**
 * Starts {@code vendor-termination} for a contract, business key the contract ({@code POST
 * /api/contracts/{id}/termination} and the workspace's form alike). In the start's transaction the
 * contract ends and its vendor access is revoked; the first step refuses a contract in drafting or one
 * already being terminated.
 */
@Component
public class TerminationStart {

    /** Why and how the contract ends. */
    public record Request(@NotNull TerminationReason reason, @Size(max = 2000) String notes) {
    }

    private final RuntimeService runtimeService;

    TerminationStart(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public ProcessInstance start(Long contractId, Request request) {
        Map<String, Object> variables = new HashMap<>();
        Variables.CONTRACT_ID.put(variables, contractId);
        Variables.TERMINATION_REASON.put(variables, request.reason().name());
        if (request.notes() != null) {
            Variables.TERMINATION_NOTES.put(variables, request.notes());
        }
        return runtimeService.startProcessInstanceByKey(VendorTerminationProcess.KEY, contractId.toString(), variables);
    }
}
