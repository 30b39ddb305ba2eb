package tw.vendorrisk.support;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** A {@link DelegateExecution} for delegate unit tests: variables in a map, nothing else. */
public final class FakeExecution {

    private FakeExecution() {
    }

    public static DelegateExecution with(Map<String, Object> initial) {
        Map<String, Object> variables = new HashMap<>(initial);
        DelegateExecution execution = mock(DelegateExecution.class);
        lenient().when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.getArgument(0, String.class)));
        lenient().when(execution.getVariables()).thenAnswer(call -> variables);
        lenient().when(execution.getProcessInstanceId()).thenReturn("pi-1");
        lenient().doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1)))
                .when(execution).setVariable(anyString(), org.mockito.ArgumentMatchers.any());
        lenient().doAnswer(call -> variables.remove(call.getArgument(0, String.class)))
                .when(execution).removeVariable(anyString());
        return execution;
    }
}
