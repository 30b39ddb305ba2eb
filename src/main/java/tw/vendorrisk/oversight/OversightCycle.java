package tw.vendorrisk.oversight;

import static tw.vendorrisk.common.ProcessVariable.bool;
import static tw.vendorrisk.common.ProcessVariable.dateTime;
import static tw.vendorrisk.common.ProcessVariable.integer;
import static tw.vendorrisk.common.ProcessVariable.longValue;
import static tw.vendorrisk.common.ProcessVariable.string;

import java.util.Date;

import tw.vendorrisk.common.ProcessVariable;

/**
 * The variables the three oversight cycles share: {@code vendor-audit} (12.1), {@code onsite-review}
 * (10.3-10.5) and {@code sla-report-review} (12.2). Each instance is one activity of the register,
 * started by {@code contract-oversight} when it falls due (or by infosec for an ad hoc audit).
 */
public final class OversightCycle {

    public static final String VENDOR_AUDIT = "vendor-audit";
    public static final String ONSITE_REVIEW = "onsite-review";
    public static final String SLA_REPORT_REVIEW = "sla-report-review";

    private OversightCycle() {
    }

    public static final class Variables {
        // given by contract-oversight (or the ad hoc start form)
        public static final ProcessVariable<Long> CONTRACT_ID = longValue("contractId");
        public static final ProcessVariable<Long> ACTIVITY_ID = longValue("activityId");
        public static final ProcessVariable<String> STARTED_BY = string("startedBy");
        public static final ProcessVariable<String> AUDIT_REASON = string("auditReason");
        public static final ProcessVariable<Integer> AUDIT_DUE_IN_DAYS = integer("auditDueInDays");

        // set when the activity opens; shown on the tasks
        public static final ProcessVariable<String> ACTIVITY_KIND = string("activityKind");
        public static final ProcessVariable<Integer> SEQUENCE_NO = integer("sequenceNo");
        public static final ProcessVariable<String> PERIOD = string("period");
        public static final ProcessVariable<Date> ACTIVITY_DUE_AT = dateTime("activityDueAt");
        public static final ProcessVariable<Date> ESCALATE_AT = dateTime("escalateAt");
        public static final ProcessVariable<String> VENDOR_NAME = string("vendorName");
        public static final ProcessVariable<String> SERVICE_DESCRIPTION = string("serviceDescription");

        // the review or audit itself
        public static final ProcessVariable<String> OUTCOME = string("outcome");
        public static final ProcessVariable<String> SUMMARY = string("summary");
        public static final ProcessVariable<String> FINDINGS = string("findings");
        public static final ProcessVariable<Integer> REMEDIATION_DUE_IN_DAYS = integer("remediationDueInDays");
        public static final ProcessVariable<Integer> FINDING_COUNT = integer("findingCount");

        // on-site review checklist (10.3-10.5): every item reviewed
        public static final ProcessVariable<Boolean> STAFF_LIST_REVIEWED = bool("staffListReviewed");
        public static final ProcessVariable<Boolean> WORK_LOCATIONS_REVIEWED = bool("workLocationsReviewed");
        public static final ProcessVariable<Boolean> CONNECTIONS_REVIEWED = bool("connectionsReviewed");
        public static final ProcessVariable<Boolean> DEVICE_USE_REVIEWED = bool("deviceUseReviewed");
        public static final ProcessVariable<Boolean> DATA_CENTRE_ENTRY_REVIEWED = bool("dataCentreEntryReviewed");
        public static final ProcessVariable<Boolean> ACCESS_CARDS_REVIEWED = bool("accessCardsReviewed");
        public static final ProcessVariable<Boolean> NETWORK_ISOLATION_REVIEWED = bool("networkIsolationReviewed");

        // the SLA report (an embedded form uploads it as a File variable; the register keeps it)
        public static final String SLA_REPORT = "slaReport";
        public static final ProcessVariable<Long> REPORT_DOCUMENT_ID = longValue("reportDocumentId");
        public static final ProcessVariable<Boolean> SLA_MET = bool("slaMet");

        // one remediation item (local to each instance of SubProcess_Remediation)
        public static final ProcessVariable<Long> REMEDIATION_ITEM_ID = longValue("remediationItemId");
        public static final ProcessVariable<String> RESOLUTION = string("resolution");

        private Variables() {
        }
    }

    /** Values of {@link Variables#OUTCOME}. */
    public static final String OUTCOME_SATISFACTORY = "SATISFACTORY";
    public static final String OUTCOME_FINDINGS = "FINDINGS";
    public static final String OUTCOME_SLA_MET = "SLA_MET";
    public static final String OUTCOME_SLA_MISSED = "SLA_MISSED";
}
