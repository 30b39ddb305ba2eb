package tw.vendorrisk.register;

/**
 * The embedded default's sample register (vendors, certificates, services) has just been written,
 * in the transaction still open, so other features can add their sample records to it.
 */
public record SampleRegisterWritten() {

    /** Cloudway Technology, whose first service is the order system's cloud hosting. */
    public static final String CLOUD_VENDOR_TAX_ID = "53110001";
    /** Hengan Information, whose first service is the ID image recognition maintenance. */
    public static final String MAINTENANCE_VENDOR_TAX_ID = "23456781";
}
