package tw.vendorrisk.oversight;

import static tw.vendorrisk.common.ProcessVariable.longValue;
import static tw.vendorrisk.common.ProcessVariable.string;

import tw.vendorrisk.common.ProcessVariable;
import tw.vendorrisk.contract.ContractEnded;

/**
 * The {@code contract-oversight} process (bpmn/contract-oversight.bpmn): one per signed contract,
 * it holds the timers of every planned audit (12.1), on-site review (10.3-10.5) and SLA report
 * (12.2) over the term and starts each when it falls due; the message
 * {@link #MESSAGE_CONTRACT_ENDED} stops it.
 */
public final class ContractOversightProcess {

    public static final String KEY = "contract-oversight";
    public static final String RESOURCE = "bpmn/contract-oversight.bpmn";

    /** Starts the schedule of a signed contract, with business key and variable {@code contractId}. */
    public static final String MESSAGE_CONTRACT_SIGNED = "Msg_ContractSigned";

    /** Sent when a contract ends (term over, terminated); every process of the contract waiting for it stops. */
    public static final String MESSAGE_CONTRACT_ENDED = ContractEnded.MESSAGE;

    private ContractOversightProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_ContractSigned";
        public static final String PLAN_OVERSIGHT = "Task_PlanOversight";
        public static final String AUDITS = "SubProcess_ScheduledAudits";
        public static final String AUDIT_DUE = "Timer_AuditDue";
        public static final String CALL_AUDIT = "CallActivity_VendorAudit";
        public static final String ONSITE_REVIEWS = "SubProcess_ScheduledOnsiteReviews";
        public static final String ONSITE_REVIEW_DUE = "Timer_OnsiteReviewDue";
        public static final String CALL_ONSITE_REVIEW = "CallActivity_OnsiteReview";
        public static final String SLA_REPORTS = "SubProcess_ScheduledSlaReports";
        public static final String SLA_REPORT_DUE = "Timer_SlaReportDue";
        public static final String CALL_SLA_REPORT_REVIEW = "CallActivity_SlaReportReview";
        public static final String END_TERM_OVER = "EndEvent_TermOver";
        public static final String CONTRACT_ENDED = "StartEvent_ContractEnded";
        public static final String END_STOPPED = "EndEvent_OversightStopped";

        private Elements() {
        }
    }

    public static final class Variables {
        public static final ProcessVariable<Long> CONTRACT_ID = longValue("contractId");
        /** The activity (audit, review, report) a multi-instance element waits for; local to it. */
        public static final ProcessVariable<Long> ACTIVITY_ID = longValue("activityId");
        public static final ProcessVariable<String> END_REASON = string("endReason");

        private Variables() {
        }
    }
}
