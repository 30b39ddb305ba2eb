package tw.vendorrisk.contract;

import static tw.vendorrisk.common.ProcessVariable.bool;
import static tw.vendorrisk.common.ProcessVariable.integer;
import static tw.vendorrisk.common.ProcessVariable.longValue;
import static tw.vendorrisk.common.ProcessVariable.string;

import tw.vendorrisk.common.ProcessVariable;
import tw.vendorrisk.document.DocumentStore;

/**
 * The {@code contract-signing} process (bpmn/contract-signing.bpmn): from the first draft, through
 * the automatic clause check against Art. 7 and legal's review, to the signature (7.1, 7.2).
 */
public final class ContractSigningProcess {

    public static final String KEY = "contract-signing";
    public static final String RESOURCE = "bpmn/contract-signing.bpmn";

    /** The message that starts a contract for a selected vendor (sent by vendor-selection). */
    public static final String MESSAGE_CONTRACT_REQUESTED = "Msg_ContractRequested";

    /** Largest contract file accepted, in bytes (10 MiB, as every kept document). */
    public static final int MAX_FILE_BYTES = DocumentStore.MAX_BYTES;

    private ContractSigningProcess() {
    }

    public static final class Elements {
        public static final String START_REQUESTED = "StartEvent_ContractRequested";
        public static final String START_BY_HAND = "StartEvent_ContractStartedByHand";
        public static final String OPEN_CONTRACT = "Task_OpenContract";
        public static final String UPLOAD_DRAFT = "Task_UploadDraft";
        public static final String CHECK_CLAUSES = "Task_CheckContractClauses";
        public static final String REVIEW_CONTRACT = "Task_ReviewContract";
        public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
        public static final String APPROVE_WAIVER = "Task_ApproveClauseWaiver";
        public static final String GATEWAY_WAIVER_APPROVED = "Gateway_WaiverApproved";
        public static final String RECORD_WAIVER = "Task_RecordWaiver";
        public static final String CONFIRM_CONFIDENTIALITY = "Task_ConfirmConfidentialityUndertaking";
        public static final String GATEWAY_UNDERTAKING_COMPLETE = "Gateway_UndertakingComplete";
        public static final String RECORD_SIGNATURE = "Task_RecordSignature";
        public static final String STORE_SIGNED_CONTRACT = "Task_StoreSignedContract";
        public static final String START_OVERSIGHT = "Task_StartContractOversight";
        public static final String END_SIGNED = "EndEvent_ContractSigned";

        private Elements() {
        }
    }

    public static final class Variables {
        // given at the start
        public static final ProcessVariable<Long> SERVICE_ID = longValue("serviceId");
        public static final ProcessVariable<String> CONTRACT_PURPOSE = string("contractPurpose");

        // set from the register
        public static final ProcessVariable<Long> CONTRACT_ID = longValue("contractId");
        public static final ProcessVariable<Long> VENDOR_ID = longValue("vendorId");
        public static final ProcessVariable<String> VENDOR_NAME = string("vendorName");
        public static final ProcessVariable<String> SERVICE_DESCRIPTION = string("serviceDescription");
        public static final ProcessVariable<Integer> ORGANIZATION_CATEGORY = integer("organizationCategory");
        public static final ProcessVariable<Boolean> CLOUD = bool("cloud");
        public static final ProcessVariable<Boolean> SYSTEM_DEVELOPMENT = bool("systemDevelopment");

        // the draft (an embedded form uploads it as a File variable; the register keeps it)
        public static final String CONTRACT_DRAFT = "contractDraft";
        public static final ProcessVariable<String> DRAFT_NOTES = string("draftNotes");

        // the clause check (7.1)
        public static final ProcessVariable<Long> CLAUSE_CHECK_ID = longValue("clauseCheckId");
        public static final ProcessVariable<Long> DRAFT_DOCUMENT_ID = longValue("draftDocumentId");
        public static final ProcessVariable<Integer> GAP_COUNT = integer("gapCount");
        public static final ProcessVariable<String> CHECK_SUMMARY = string("checkSummary");
        public static final ProcessVariable<String> GAP_SUMMARY = string("gapSummary");
        public static final ProcessVariable<String> REPORT_URL = string("reportUrl");

        // legal's review and the waiver
        public static final ProcessVariable<String> REVIEW_OUTCOME = string("reviewOutcome");
        public static final ProcessVariable<String> LEGAL_NOTES = string("legalNotes");
        public static final ProcessVariable<Boolean> WAIVER_APPROVED = bool("waiverApproved");
        public static final ProcessVariable<String> WAIVER_REASON = string("waiverReason");
        public static final ProcessVariable<String> WAIVER_DECIDED_BY = string("waiverDecidedBy");

        // 7.2 and the signature
        public static final ProcessVariable<Boolean> UNDERTAKING_COMPLETE = bool("confidentialityUndertakingComplete");
        public static final ProcessVariable<String> UNDERTAKING_NOTES = string("confidentialityNotes");
        public static final ProcessVariable<String> UNDERTAKING_CONFIRMED_BY = string("undertakingConfirmedBy");
        public static final ProcessVariable<String> SIGNED_ON = string("signedOn");
        public static final ProcessVariable<String> TERM_START = string("termStart");
        public static final ProcessVariable<String> TERM_END = string("termEnd");
        public static final ProcessVariable<String> SLA_REPORT_FREQUENCY = string("slaReportFrequency");
        public static final ProcessVariable<Boolean> ONSITE_STAFF = bool("onsiteStaff");
        public static final ProcessVariable<String> ACCESS_NEEDS = string("accessNeeds");

        private Variables() {
        }
    }

    /** Values of {@link Variables#REVIEW_OUTCOME}. */
    public static final String REVIEW_ACCEPT = "ACCEPT";
    public static final String REVIEW_REVISE = "REVISE";
    public static final String REVIEW_WAIVER = "WAIVER";
}
