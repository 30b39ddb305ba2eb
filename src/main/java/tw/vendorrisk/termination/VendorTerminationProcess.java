package tw.vendorrisk.termination;

import static tw.vendorrisk.common.ProcessVariable.bool;
import static tw.vendorrisk.common.ProcessVariable.dateTime;
import static tw.vendorrisk.common.ProcessVariable.integer;
import static tw.vendorrisk.common.ProcessVariable.longValue;
import static tw.vendorrisk.common.ProcessVariable.string;

import java.util.Date;

import tw.vendorrisk.common.ProcessVariable;

/**
 * The {@code vendor-termination} process (bpmn/vendor-termination.bpmn): a contract ends, is
 * rescinded or is ended on the regulator's order. Access stops at once, every information asset is
 * returned, destroyed or handed over, the transition is checked, confidentiality continues, and
 * managers hear of it when the deadline passes (Art. 13, 8.2).
 */
public final class VendorTerminationProcess {

    public static final String KEY = "vendor-termination";
    public static final String RESOURCE = "bpmn/vendor-termination.bpmn";

    /** Starts a termination decided elsewhere (sent by change-reassessment); business key = contractId. */
    public static final String MESSAGE_TERMINATION_REQUESTED = "Msg_TerminationRequested";

    /** Days the termination procedure may take when the contract sets none (13.2.5). */
    public static final int DEFAULT_DEADLINE_DAYS = 30;

    private VendorTerminationProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_TerminationRequested";
        public static final String START_DECIDED = "StartEvent_TerminationDecided";
        public static final String END_CONTRACT = "Task_EndContract";
        public static final String EXIT_PROCEDURE = "SubProcess_ExitProcedure";
        public static final String DEADLINE_PASSED = "BoundaryEvent_DeadlinePassed";
        public static final String ASSET_DISPOSITION = "SubProcess_AssetDisposition";
        public static final String OPEN_ASSET_DISPOSITION = "Task_OpenAssetDisposition";
        public static final String CONFIRM_ASSET_DISPOSITION = "Task_ConfirmAssetDisposition";
        public static final String RECORD_ASSET_DISPOSITION = "Task_RecordAssetDisposition";
        public static final String CHECK_TRANSITION = "Task_CheckTransitionRequirements";
        public static final String RECORD_TRANSITION = "Task_RecordTransitionChecklist";
        public static final String RECORD_CONFIDENTIALITY = "Task_RecordConfidentialityContinuation";
        public static final String STORE_CONFIDENTIALITY = "Task_StoreConfidentialityContinuation";
        public static final String EXIT_DONE = "EndEvent_ExitProcedureDone";
        public static final String COMPLETE_TERMINATION = "Task_CompleteTermination";
        public static final String END_COMPLETED = "EndEvent_TerminationCompleted";
        public static final String RECORD_OVERDUE = "Task_RecordTerminationOverdue";
        public static final String HANDLE_OVERDUE = "Task_HandleOverdueTermination";
        public static final String RECORD_ESCALATION = "Task_RecordEscalationAction";
        public static final String END_ESCALATION_HANDLED = "EndEvent_EscalationHandled";

        private Elements() {
        }
    }

    public static final class Variables {
        // given at the start
        public static final ProcessVariable<Long> CONTRACT_ID = longValue("contractId");
        public static final ProcessVariable<String> TERMINATION_REASON = string("terminationReason");
        public static final ProcessVariable<String> TERMINATION_NOTES = string("terminationNotes");
        /** The change reassessment that decided the termination, if any. */
        public static final ProcessVariable<Long> CHANGE_ID = longValue("changeId");
        /** Who started it from the Tasklist or engine REST (the start event's initiator). */
        public static final ProcessVariable<String> REQUESTED_BY = string("requestedBy");

        // set when the contract is ended
        public static final ProcessVariable<Long> TERMINATION_ID = longValue("terminationId");
        public static final ProcessVariable<Long> SERVICE_ID = longValue("serviceId");
        public static final ProcessVariable<String> VENDOR_NAME = string("vendorName");
        public static final ProcessVariable<String> SERVICE_DESCRIPTION = string("serviceDescription");
        public static final ProcessVariable<Integer> ACCESS_REVOKED = integer("accessRevoked");
        public static final ProcessVariable<Integer> OVERSIGHT_CANCELLED = integer("oversightCancelled");
        public static final ProcessVariable<Integer> ASSET_COUNT = integer("assetCount");
        public static final ProcessVariable<Integer> DEADLINE_DAYS = integer("deadlineDays");
        /** When the deadline timer fires (13.2.5). */
        public static final ProcessVariable<Date> TERMINATION_DEADLINE = dateTime("terminationDeadline");

        // one asset's disposition: local to each instance of SubProcess_AssetDisposition
        public static final ProcessVariable<Long> ASSET_ID = longValue("assetId");
        public static final ProcessVariable<String> ASSET_NAME = string("assetName");
        public static final ProcessVariable<String> ASSET_DESCRIPTION = string("assetDescription");
        public static final ProcessVariable<String> ASSET_CLASSIFICATION = string("assetClassification");
        public static final ProcessVariable<String> ASSET_LOCATION = string("assetLocation");
        public static final ProcessVariable<Boolean> ASSET_TRADE_SECRET = bool("assetTradeSecret");
        public static final ProcessVariable<String> DISPOSITION_METHOD = string("dispositionMethod");
        public static final ProcessVariable<String> RECIPIENT = string("recipient");
        public static final ProcessVariable<String> DISPOSITION_NOTES = string("dispositionNotes");
        /** The destruction certificate, a File variable uploaded with the task; the register keeps it. */
        public static final String DESTRUCTION_CERTIFICATE = "destructionCertificate";

        // the transition (13.2.1); each TransitionItem has its own variable
        public static final ProcessVariable<String> TRANSITION_TARGET = string("transitionTarget");
        public static final ProcessVariable<String> SUCCESSOR_NAME = string("successorName");
        public static final ProcessVariable<String> TRANSITION_NOTES = string("transitionNotes");

        // confidentiality after the end (13.2.4)
        public static final ProcessVariable<Boolean> CONFIDENTIALITY_CONTINUES = bool("confidentialityContinues");
        public static final ProcessVariable<String> CONFIDENTIALITY_UNTIL = string("confidentialityUntil");
        public static final ProcessVariable<String> CONFIDENTIALITY_NOTES = string("confidentialityNotes");

        // the deadline passed (13.2.5)
        public static final ProcessVariable<String> OPEN_ITEMS = string("openItems");
        public static final ProcessVariable<String> ESCALATION_ACTION = string("escalationAction");

        private Variables() {
        }
    }
}
