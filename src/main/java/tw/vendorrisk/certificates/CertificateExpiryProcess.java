package tw.vendorrisk.certificates;

import static tw.vendorrisk.common.ProcessVariable.bool;
import static tw.vendorrisk.common.ProcessVariable.integer;
import static tw.vendorrisk.common.ProcessVariable.longValue;
import static tw.vendorrisk.common.ProcessVariable.string;

import tw.vendorrisk.common.ProcessVariable;

/**
 * The {@code certificate-expiry} process (bpmn/certificate-expiry.bpmn): a daily timer flags the
 * certificates (ISO 27001 and the others of 4.2.2, 4.2.3) of vendors in use that expire within the
 * lead time, and asks {@code infosec} for each renewed certificate, due on the expiry date. The
 * answer updates the register: a new certificate, or the old one recorded as not renewed.
 */
public final class CertificateExpiryProcess {

    public static final String KEY = "certificate-expiry";
    public static final String RESOURCE = "bpmn/certificate-expiry.bpmn";

    private CertificateExpiryProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_DailyCertificateCheck";
        public static final String FLAG_EXPIRING = "Task_FlagExpiringCertificates";
        public static final String GATEWAY_ANY_EXPIRING = "Gateway_AnyCertificateExpiring";
        public static final String END_NONE_EXPIRING = "EndEvent_NoCertificateExpiring";
        public static final String RENEWALS = "SubProcess_CertificateRenewal";
        public static final String RENEWAL_REQUESTED = "StartEvent_RenewalRequested";
        public static final String OBTAIN_RENEWED = "Task_ObtainRenewedCertificate";
        public static final String GATEWAY_RENEWED = "Gateway_CertificateRenewed";
        public static final String RECORD_RENEWED = "Task_RecordRenewedCertificate";
        public static final String RECORD_NOT_RENEWED = "Task_RecordCertificateNotRenewed";
        public static final String END_RENEWED = "EndEvent_CertificateRenewed";
        public static final String END_NOT_RENEWED = "EndEvent_CertificateNotRenewed";
        public static final String END_FOLLOWED_UP = "EndEvent_RenewalsFollowedUp";

        private Elements() {
        }
    }

    public static final class Variables {
        /** The flagged certificates, as a transient list: the multi-instance's collection. */
        public static final String CERTIFICATE_IDS = "certificateIds";
        public static final ProcessVariable<Integer> EXPIRING_COUNT = integer("expiringCertificateCount");

        // local to each renewal (the multi-instance subprocess)
        public static final ProcessVariable<Long> CERTIFICATE_ID = longValue("certificateId");
        public static final ProcessVariable<Long> VENDOR_ID = longValue("vendorId");
        public static final ProcessVariable<String> VENDOR_NAME = string("vendorName");
        public static final ProcessVariable<String> CERTIFICATE_TYPE = string("certificateType");
        public static final ProcessVariable<String> CERTIFICATE_NUMBER = string("certificateNumber");
        public static final ProcessVariable<String> CERTIFICATE_EXPIRES_ON = string("certificateExpiresOn");
        /** The expiry as a date-time: the task's due date. */
        public static final String CERTIFICATE_DUE_AT = "certificateDueAt";

        // infosec's answer (form obtain-renewed-certificate)
        public static final ProcessVariable<Boolean> CERTIFICATE_RENEWED = bool("certificateRenewed");
        public static final ProcessVariable<String> NEW_CERTIFICATE_NUMBER = string("newCertificateNumber");
        public static final ProcessVariable<String> NEW_CERTIFICATE_EXPIRES_ON = string("newCertificateExpiresOn");
        public static final ProcessVariable<String> RENEWAL_NOTES = string("renewalNotes");
        public static final ProcessVariable<String> RENEWAL_DECIDED_BY = string("renewalDecidedBy");

        private Variables() {
        }
    }
}
