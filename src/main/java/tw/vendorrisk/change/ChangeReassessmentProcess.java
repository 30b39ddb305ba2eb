package tw.vendorrisk.change;

import static tw.vendorrisk.common.ProcessVariable.bool;
import static tw.vendorrisk.common.ProcessVariable.integer;
import static tw.vendorrisk.common.ProcessVariable.longValue;
import static tw.vendorrisk.common.ProcessVariable.string;

import tw.vendorrisk.common.ProcessVariable;

/**
 * The {@code change-reassessment} process (bpmn/change-reassessment.bpmn): a contracted service
 * changes; the project lead analyses the impact, a DMN table decides whether it is significant,
 * and a significant change is reassessed (Art. 11, 10.1) and accepted, amended or terminated.
 */
public final class ChangeReassessmentProcess {

    public static final String KEY = "change-reassessment";
    public static final String RESOURCE = "bpmn/change-reassessment.bpmn";

    /** A vendor's notice or an internal request of a service change; business key = contractId. */
    public static final String MESSAGE_SERVICE_CHANGE_NOTIFIED = "Msg_ServiceChangeNotified";

    private ChangeReassessmentProcess() {
    }

    public static final class Elements {
        public static final String START_NOTIFIED = "StartEvent_ServiceChangeNotified";
        public static final String START_REPORTED = "StartEvent_ServiceChangeReported";
        public static final String REGISTER_CHANGE = "Task_RegisterChange";
        public static final String ANALYSE_IMPACT = "Task_AnalyseChangeImpact";
        public static final String DECIDE_SIGNIFICANCE = "Task_DecideSignificance";
        public static final String GATEWAY_SIGNIFICANT = "Gateway_ChangeSignificant";
        public static final String CLOSE_INSIGNIFICANT = "Task_CloseInsignificantChange";
        public static final String END_NOT_SIGNIFICANT = "EndEvent_ChangeRecorded";
        public static final String CHECK_CERTIFICATES = "Task_CheckCertificates";
        public static final String ASSESS_CONCENTRATION = "Task_AssessConcentration";
        public static final String RECORD_CHECKS = "Task_RecordCheckResults";
        public static final String ASSESS_RISK = "Task_AssessChangeRisk";
        public static final String RECORD_RISK_ASSESSMENT = "Task_RecordRiskAssessment";
        public static final String DECIDE_OUTCOME = "Task_DecideChangeOutcome";
        public static final String RECORD_OUTCOME = "Task_RecordChangeOutcome";
        public static final String GATEWAY_OUTCOME = "Gateway_ChangeOutcome";
        public static final String END_ACCEPTED = "EndEvent_ChangeAccepted";
        public static final String REQUEST_AMENDMENT = "Task_RequestAmendment";
        public static final String END_AMENDMENT = "EndEvent_AmendmentRequested";
        public static final String REQUEST_TERMINATION = "Task_RequestTermination";
        public static final String END_TERMINATION = "EndEvent_TerminationRequested";

        private Elements() {
        }
    }

    public static final class Variables {
        // given at the start
        public static final ProcessVariable<Long> CONTRACT_ID = longValue("contractId");
        public static final ProcessVariable<String> CHANGE_TYPE = string("changeType");
        public static final ProcessVariable<String> CHANGE_DESCRIPTION = string("changeDescription");
        public static final ProcessVariable<String> CHANGE_SOURCE = string("changeSource");
        public static final ProcessVariable<String> EFFECTIVE_ON = string("effectiveOn");
        /** Who reported it from the Tasklist or engine REST (the start event's initiator). */
        public static final ProcessVariable<String> REPORTED_BY = string("reportedBy");

        // set from the register; serviceId and organizationCategory feed the selection's checks
        public static final ProcessVariable<Long> CHANGE_ID = longValue("changeId");
        public static final ProcessVariable<Long> SERVICE_ID = longValue("serviceId");
        public static final ProcessVariable<String> VENDOR_NAME = string("vendorName");
        public static final ProcessVariable<String> SERVICE_DESCRIPTION = string("serviceDescription");
        public static final ProcessVariable<Integer> ORGANIZATION_CATEGORY = integer("organizationCategory");

        // the project lead's impact analysis (Art. 11)
        public static final ProcessVariable<String> CONFIDENTIALITY_IMPACT = string("confidentialityImpact");
        public static final ProcessVariable<String> CONFIDENTIALITY_REASON = string("confidentialityReason");
        public static final ProcessVariable<String> INTEGRITY_IMPACT = string("integrityImpact");
        public static final ProcessVariable<String> INTEGRITY_REASON = string("integrityReason");
        public static final ProcessVariable<String> AVAILABILITY_IMPACT = string("availabilityImpact");
        public static final ProcessVariable<String> AVAILABILITY_REASON = string("availabilityReason");

        // DMN change-significance
        public static final ProcessVariable<Boolean> SIGNIFICANT = bool("significant");
        public static final ProcessVariable<String> SIGNIFICANCE_REASON = string("significanceReason");

        // set by the selection's checks (checkCertificates, assessConcentration)
        public static final ProcessVariable<Boolean> CERTIFICATES_SUFFICIENT = bool("certificatesSufficient");
        public static final ProcessVariable<String> CERTIFICATE_SHORTFALL = string("certificateShortfall");
        public static final ProcessVariable<Boolean> CONCENTRATION_TOO_HIGH = bool("concentrationTooHigh");
        public static final ProcessVariable<String> CONCENTRATION_FINDINGS = string("concentrationFindings");

        // infosec's risk assessment (Art. 11, 10.1)
        public static final ProcessVariable<String> RISK_LEVEL = string("riskLevel");
        public static final ProcessVariable<String> RISK_ASSESSMENT = string("riskAssessment");
        public static final ProcessVariable<String> RECOMMENDED_OUTCOME = string("recommendedOutcome");
        public static final ProcessVariable<Boolean> INCIDENT_IDENTIFICATION = bool("incidentIdentificationConfirmed");
        public static final ProcessVariable<Boolean> INCIDENT_RESPONSE = bool("incidentResponseConfirmed");
        public static final ProcessVariable<Boolean> INCIDENT_MITIGATION = bool("incidentMitigationConfirmed");

        // the managers' decision
        public static final ProcessVariable<String> CHANGE_OUTCOME = string("changeOutcome");
        public static final ProcessVariable<String> OUTCOME_REASON = string("outcomeReason");
        /** The contract-signing or vendor-termination instance the decision started. */
        public static final ProcessVariable<String> FOLLOW_UP_PROCESS_INSTANCE_ID = string("followUpProcessInstanceId");

        private Variables() {
        }
    }
}
