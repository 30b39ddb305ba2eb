package tw.vendorrisk.oversight;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.oversight.OversightCycle.Variables;

/** Each line of the findings becomes a remediation item in the register, due in the days given. */
@Component("recordFindings")
class RecordFindingsDelegate implements JavaDelegate {

    static final int DEFAULT_DUE_IN_DAYS = 30;

    private final OversightService oversight;

    RecordFindingsDelegate(OversightService oversight) {
        this.oversight = oversight;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> findings = findings(Variables.FINDINGS.get(execution));
        List<Long> items = oversight.recordFindings(Variables.ACTIVITY_ID.require(execution), findings,
                Variables.REMEDIATION_DUE_IN_DAYS.getOrDefault(execution, DEFAULT_DUE_IN_DAYS));
        Variables.FINDING_COUNT.set(execution, items.size());
    }

    /** One finding per non-blank line, list markers removed. */
    static List<String> findings(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(line -> line.strip().replaceFirst("^([-*•・]|\\d+[.)、])\\s*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
