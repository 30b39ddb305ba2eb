package tw.vendorrisk.register;

/** How the follow-up of an expiring certificate ended. */
public enum CertificateRenewal {
    /** A renewed certificate is in the register. */
    RENEWED,
    /** The certificate lapses; the notes say why. */
    NOT_RENEWED
}
