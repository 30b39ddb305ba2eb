package tw.vendorrisk.access;

import static tw.vendorrisk.common.ProcessVariable.bool;
import static tw.vendorrisk.common.ProcessVariable.dateTime;
import static tw.vendorrisk.common.ProcessVariable.longValue;
import static tw.vendorrisk.common.ProcessVariable.string;

import java.util.Date;
import java.util.Map;

import tw.vendorrisk.common.ProcessVariable;

/**
 * The {@code vendor-access} process (bpmn/vendor-access.bpmn): a vendor staff member's access to
 * information assets, from the security rules briefing (8.1) and the risk assessment (9.1-9.3.2)
 * through approval to the revocation at expiry or contract end (8.2).
 */
public final class VendorAccessProcess {

    public static final String KEY = "vendor-access";
    public static final String RESOURCE = "bpmn/vendor-access.bpmn";

    private VendorAccessProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_AccessRequested";
        public static final String REGISTER_REQUEST = "Task_RegisterAccessRequest";
        public static final String BRIEF_SECURITY_RULES = "Task_BriefSecurityRules";
        public static final String RECORD_BRIEFING = "Task_RecordRulesBriefing";
        public static final String ASSESS_RISK = "Task_AssessAccessRisk";
        public static final String RECORD_ASSESSMENT = "Task_RecordAccessAssessment";
        public static final String APPROVE_ACCESS = "Task_ApproveAccess";
        public static final String GRANT_ACCESS = "Task_GrantAccess";
        public static final String ACCESS_EXPIRES = "Timer_AccessExpires";
        public static final String REVOKE_ACCESS = "Task_RevokeAccess";
        public static final String END_REVOKED = "EndEvent_AccessRevoked";
        public static final String RECORD_REFUSAL = "Task_RecordAccessRefusal";
        public static final String END_REFUSED = "EndEvent_AccessRefused";
        public static final String REVOKE_AT_CONTRACT_END = "Task_RevokeAccessAtContractEnd";
        public static final String END_WITH_CONTRACT = "EndEvent_AccessEndedWithContract";

        private Elements() {
        }
    }

    public static final class Variables {
        // the request (start form)
        public static final ProcessVariable<Long> CONTRACT_ID = longValue("contractId");
        public static final ProcessVariable<String> PERSON_NAME = string("personName");
        public static final ProcessVariable<String> PERSON_ROLE = string("personRole");
        public static final ProcessVariable<String> ASSETS = string("assets");
        public static final ProcessVariable<Boolean> TRADE_SECRETS = bool("tradeSecrets");
        public static final ProcessVariable<String> PURPOSE = string("purpose");
        public static final ProcessVariable<String> REQUESTED_UNTIL = string("requestedUntil");
        public static final ProcessVariable<String> REQUESTED_BY = string("requestedBy");
        /** One checkbox per kind of access (9): accessObtain, accessUse, … */
        public static final Map<AccessKind, ProcessVariable<Boolean>> ACCESS_KINDS = Map.of(
                AccessKind.OBTAIN, bool("accessObtain"), AccessKind.USE, bool("accessUse"),
                AccessKind.KEEP, bool("accessKeep"), AccessKind.QUERY, bool("accessQuery"),
                AccessKind.MODIFY, bool("accessModify"), AccessKind.ADJUST, bool("accessAdjust"),
                AccessKind.DESTROY, bool("accessDestroy"));

        // set from the register
        public static final ProcessVariable<Long> ACCESS_GRANT_ID = longValue("accessGrantId");
        public static final ProcessVariable<String> VENDOR_NAME = string("vendorName");
        public static final ProcessVariable<String> ACCESS_SUMMARY = string("accessSummary");

        // 8.1 briefing
        public static final ProcessVariable<String> RULES_ACKNOWLEDGED_ON = string("rulesAcknowledgedOn");

        // 9.1-9.3.2 assessment
        public static final ProcessVariable<Boolean> LEAST_PRIVILEGE = bool("leastPrivilegeConfirmed");
        public static final ProcessVariable<Boolean> ACCESS_CONTROLS_PER_KIND = bool("accessControlsPerKindConfirmed");
        public static final ProcessVariable<Boolean> TRADE_SECRETS_PROTECTED = bool("tradeSecretsProtected");
        public static final ProcessVariable<Boolean> USE_WITHIN_SCOPE = bool("useWithinScopeConfirmed");
        public static final ProcessVariable<String> RISK_LEVEL = string("riskLevel");
        public static final ProcessVariable<String> RISK_ASSESSMENT = string("riskAssessment");

        // approval and grant
        public static final ProcessVariable<Boolean> ACCESS_APPROVED = bool("accessApproved");
        public static final ProcessVariable<String> DECISION_REASON = string("decisionReason");
        public static final ProcessVariable<String> GRANTED_UNTIL = string("grantedUntil");
        public static final ProcessVariable<Date> ACCESS_EXPIRES_AT = dateTime("accessExpiresAt");

        // sent with Msg_ContractEnded
        public static final ProcessVariable<String> END_REASON = string("endReason");

        private Variables() {
        }
    }
}
