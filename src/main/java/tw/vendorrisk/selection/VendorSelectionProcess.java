package tw.vendorrisk.selection;

import static tw.vendorrisk.common.ProcessVariable.bool;
import static tw.vendorrisk.common.ProcessVariable.integer;
import static tw.vendorrisk.common.ProcessVariable.longValue;
import static tw.vendorrisk.common.ProcessVariable.number;
import static tw.vendorrisk.common.ProcessVariable.string;

import java.util.List;

import tw.vendorrisk.common.ProcessVariable;

/**
 * The {@code vendor-selection} process (bpmn/vendor-selection.bpmn): its key, element IDs and
 * variables, in one place (guideline Art. 4, 5, 6, 10.1).
 */
public final class VendorSelectionProcess {

    public static final String KEY = "vendor-selection";
    public static final String RESOURCE = "bpmn/vendor-selection.bpmn";

    private VendorSelectionProcess() {
    }

    /** Element IDs of the model. */
    public static final class Elements {
        public static final String START = "StartEvent_SelectionRequested";
        public static final String REGISTER_NEED = "Task_RegisterOutsourcingNeed";
        public static final String GATEWAY_NDA_REQUIRED = "Gateway_NdaRequired";
        public static final String RECORD_NDA = "Task_RecordNda";
        public static final String STORE_NDA = "Task_StoreNda";
        public static final String ASSESS_CAPABILITY = "Task_AssessVendorCapability";
        public static final String GATEWAY_VENDOR_CAPABLE = "Gateway_VendorCapable";
        public static final String GATEWAY_PROPOSAL_REQUIRED = "Gateway_ProposalRequired";
        public static final String REVIEW_PROPOSAL = "Task_ReviewProposal";
        public static final String GATEWAY_PROPOSAL_COMPLETE = "Gateway_ProposalComplete";
        public static final String CHECK_CERTIFICATES = "Task_CheckCertificates";
        public static final String GATEWAY_CERTIFICATES_SUFFICIENT = "Gateway_CertificatesSufficient";
        public static final String REVIEW_SECURITY_MEASURES = "Task_ReviewSecurityMeasures";
        public static final String GATEWAY_MEASURES_ADEQUATE = "Gateway_SecurityMeasuresAdequate";
        public static final String ASSESS_CONCENTRATION = "Task_AssessConcentration";
        public static final String GATEWAY_CONCENTRATION_TOO_HIGH = "Gateway_ConcentrationTooHigh";
        public static final String ASSESS_CONCENTRATION_RISK = "Task_AssessConcentrationRisk";
        public static final String APPROVE_EXCEPTION = "Task_ApproveConcentrationException";
        public static final String GATEWAY_EXCEPTION_APPROVED = "Gateway_ExceptionApproved";
        public static final String RECORD_SELECTION = "Task_RecordSelection";
        public static final String RECORD_REJECTION = "Task_RecordRejection";
        public static final String CLOSE_SELECTION = "Task_CloseSelection";
        public static final String DECIDE_NEXT_CANDIDATE = "Task_DecideNextCandidate";
        public static final String GATEWAY_ANOTHER_VENDOR = "Gateway_TryAnotherVendor";
        public static final String END_SELECTED = "EndEvent_VendorSelected";
        public static final String END_NOT_SELECTED = "EndEvent_NoVendorSelected";

        private Elements() {
        }
    }

    /** The process variables, typed. */
    public static final class Variables {
        // the outsourcing need, given at the start
        public static final ProcessVariable<String> SERVICE_DESCRIPTION = string("serviceDescription");
        public static final ProcessVariable<Boolean> CLOUD = bool("cloud");
        public static final ProcessVariable<Boolean> SYSTEM_DEVELOPMENT = bool("systemDevelopment");
        public static final ProcessVariable<Boolean> SYSTEM_MAINTENANCE = bool("systemMaintenance");
        public static final ProcessVariable<Boolean> SYSTEM_MONITORING = bool("systemMonitoring");
        public static final ProcessVariable<String> CRITICALITY = string("criticality");
        public static final ProcessVariable<Number> ANNUAL_SPEND = number("annualSpend");
        public static final ProcessVariable<String> PERIOD_START = string("periodStart");
        public static final ProcessVariable<String> PERIOD_END = string("periodEnd");
        public static final ProcessVariable<Boolean> LARGE_PROCUREMENT = bool("largeProcurement");
        public static final ProcessVariable<Boolean> SENSITIVE_INFORMATION = bool("sensitiveInformation");
        /** The candidate vendor's unified business number; procurement may change it after a rejection. */
        public static final ProcessVariable<String> VENDOR_TAX_ID = string("vendorTaxId");
        /** Who started the selection (the start event's initiator). */
        public static final ProcessVariable<String> REQUESTED_BY = string("requestedBy");

        // set from the register
        public static final ProcessVariable<Long> SERVICE_ID = longValue("serviceId");
        public static final ProcessVariable<Long> VENDOR_ID = longValue("vendorId");
        public static final ProcessVariable<String> VENDOR_NAME = string("vendorName");
        public static final ProcessVariable<Integer> ORGANIZATION_CATEGORY = integer("organizationCategory");
        public static final ProcessVariable<Boolean> NDA_ON_FILE = bool("ndaOnFile");

        // NDA (Art. 5)
        public static final ProcessVariable<String> NDA_REFERENCE = string("ndaReference");
        public static final ProcessVariable<String> NDA_SIGNED_ON = string("ndaSignedOn");
        public static final ProcessVariable<String> NDA_VALID_UNTIL = string("ndaValidUntil");

        // capability (4.1.a, 4.2.1), scores 1-5
        public static final ProcessVariable<Number> FINANCIAL_SCORE = number("financialScore");
        public static final ProcessVariable<Number> MANAGEMENT_SCORE = number("managementScore");
        public static final ProcessVariable<Number> PROFESSIONAL_SCORE = number("professionalScore");
        public static final ProcessVariable<Number> OPERATING_SCORE = number("operatingScore");
        public static final ProcessVariable<Number> TRACK_RECORD_SCORE = number("trackRecordScore");
        public static final ProcessVariable<String> CAPABILITY_NOTES = string("capabilityNotes");
        public static final ProcessVariable<Boolean> VENDOR_CAPABLE = bool("vendorCapable");

        // proposal (Art. 6)
        public static final ProcessVariable<Boolean> PROPOSAL_COVERS_SERVICE = bool("proposalCoversService");
        public static final ProcessVariable<Boolean> PROPOSAL_COVERS_SECURITY = bool("proposalCoversSecurityRequirements");
        public static final ProcessVariable<Boolean> PROPOSAL_COVERS_PROJECT_MANAGEMENT = bool("proposalCoversProjectManagement");
        public static final ProcessVariable<Boolean> PROPOSAL_MEETS_NEED = bool("proposalMeetsNeed");
        public static final ProcessVariable<String> PROPOSAL_NOTES = string("proposalNotes");

        // certificates (4.2.2, 4.2.3)
        public static final ProcessVariable<Boolean> CERTIFICATES_SUFFICIENT = bool("certificatesSufficient");
        public static final ProcessVariable<String> CERTIFICATE_SHORTFALL = string("certificateShortfall");
        public static final ProcessVariable<Boolean> SECURITY_MEASURES_ADEQUATE = bool("securityMeasuresAdequate");
        public static final ProcessVariable<String> SECURITY_MEASURES_NOTES = string("securityMeasuresNotes");

        // concentration (4.1.c, 10.1), shares in percent
        public static final ProcessVariable<Number> SHARE_BY_COUNT = number("shareByCount");
        public static final ProcessVariable<Number> SHARE_BY_SPEND = number("shareBySpend");
        public static final ProcessVariable<Number> SHARE_OF_CRITICAL = number("shareOfCritical");
        public static final ProcessVariable<Number> MARKET_SHARE = number("marketShare");
        public static final ProcessVariable<Boolean> CONCENTRATION_TOO_HIGH = bool("concentrationTooHigh");
        public static final ProcessVariable<String> CONCENTRATION_FINDINGS = string("concentrationFindings");
        public static final ProcessVariable<Boolean> INCIDENT_IDENTIFICATION = bool("incidentIdentificationConfirmed");
        public static final ProcessVariable<Boolean> INCIDENT_RESPONSE = bool("incidentResponseConfirmed");
        public static final ProcessVariable<Boolean> INCIDENT_MITIGATION = bool("incidentMitigationConfirmed");
        public static final ProcessVariable<String> CONCENTRATION_RISK_ASSESSMENT = string("concentrationRiskAssessment");
        public static final ProcessVariable<Boolean> EXCEPTION_APPROVED = bool("exceptionApproved");
        public static final ProcessVariable<String> APPROVAL_REASON = string("approvalReason");
        public static final ProcessVariable<String> EXCEPTION_DECIDED_BY = string("exceptionDecidedBy");

        // rejection and the next candidate
        public static final ProcessVariable<String> REJECTION_CAUSE = string("rejectionCause");
        public static final ProcessVariable<String> REJECTION_REASON = string("rejectionReason");
        public static final ProcessVariable<String> NEXT_STEP = string("nextStep");

        // the outcome, for the contract step
        public static final ProcessVariable<String> SELECTION_OUTCOME = string("selectionOutcome");
        public static final ProcessVariable<Long> SELECTION_DECISION_ID = longValue("selectionDecisionId");

        /** What is learnt about one candidate; cleared when procurement names another vendor. */
        public static final List<ProcessVariable<?>> PER_CANDIDATE = List.of(
                NDA_REFERENCE, NDA_SIGNED_ON, NDA_VALID_UNTIL,
                FINANCIAL_SCORE, MANAGEMENT_SCORE, PROFESSIONAL_SCORE, OPERATING_SCORE, TRACK_RECORD_SCORE,
                CAPABILITY_NOTES, VENDOR_CAPABLE,
                PROPOSAL_COVERS_SERVICE, PROPOSAL_COVERS_SECURITY, PROPOSAL_COVERS_PROJECT_MANAGEMENT,
                PROPOSAL_MEETS_NEED, PROPOSAL_NOTES,
                CERTIFICATES_SUFFICIENT, CERTIFICATE_SHORTFALL, SECURITY_MEASURES_ADEQUATE, SECURITY_MEASURES_NOTES,
                SHARE_BY_COUNT, SHARE_BY_SPEND, SHARE_OF_CRITICAL, MARKET_SHARE, CONCENTRATION_TOO_HIGH,
                CONCENTRATION_FINDINGS, INCIDENT_IDENTIFICATION, INCIDENT_RESPONSE, INCIDENT_MITIGATION,
                CONCENTRATION_RISK_ASSESSMENT, EXCEPTION_APPROVED, APPROVAL_REASON, EXCEPTION_DECIDED_BY,
                REJECTION_CAUSE, NEXT_STEP);

        private Variables() {
        }
    }

    /** Values of {@link Variables#NEXT_STEP}. */
    public static final String NEXT_STEP_ANOTHER_VENDOR = "ANOTHER_VENDOR";
    public static final String NEXT_STEP_END = "END";
}
