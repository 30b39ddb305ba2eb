package tw.vendorrisk.register;

/** Third-party certifications the guideline names (4.2.2, 4.2.3). */
public enum CertificateType {
    ISO_27001, ISO_27017, ISO_27018, CSA_STAR
}
