package tw.vendorrisk.selection;

import org.camunda.bpm.engine.delegate.VariableScope;

import tw.vendorrisk.common.ProcessVariable;
import tw.vendorrisk.selection.VendorSelectionProcess.Variables;

/** Why a candidate vendor was turned down, and which variable holds the decider's words. */
public enum RejectionCause {

    NOT_CAPABLE("4.2.1", "採購評估廠商能力不足 Procurement found the vendor's capability insufficient",
            Variables.CAPABILITY_NOTES),
    PROPOSAL_INCOMPLETE("6", "建議書未涵蓋必要內容 The proposal lacks required contents", Variables.PROPOSAL_NOTES),
    SECURITY_MEASURES_INADEQUATE("4.2.2/4.2.3", "資安管理措施不足 The vendor's security measures are inadequate",
            Variables.SECURITY_MEASURES_NOTES),
    CONCENTRATION_EXCEPTION_REJECTED("4.1.c", "主管未核准集中度例外 Managers rejected the concentration exception",
            Variables.APPROVAL_REASON);

    private final String obligation;
    private final String summary;
    private final ProcessVariable<String> notes;

    RejectionCause(String obligation, String summary, ProcessVariable<String> notes) {
        this.obligation = obligation;
        this.summary = summary;
        this.notes = notes;
    }

    public String obligation() {
        return obligation;
    }

    /** The summary, with the decider's notes where there are any. */
    public String reason(VariableScope scope) {
        String words = notes.get(scope);
        return words == null || words.isBlank() ? summary + " (" + obligation + ")"
                : summary + " (" + obligation + "): " + words.strip();
    }
}
