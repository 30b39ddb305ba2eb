package tw.vendorrisk.certificates;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Configuration of the certificate follow-up ({@code app.certificates.*}); the model reads the cron
 * as {@code ${certificateExpirySettings.cron}}.
 */
@Component("certificateExpirySettings")
public class CertificateExpirySettings {

    private final int leadDays;
    private final String cron;

    CertificateExpirySettings(@Value("${app.certificates.renewal-lead-days:60}") int leadDays,
            @Value("${app.certificates.check-cron:0 30 6 * * ?}") String cron) {
        if (leadDays < 1 || leadDays > 365) {
            throw new IllegalStateException("app.certificates.renewal-lead-days must be 1 to 365, not " + leadDays + ".");
        }
        this.leadDays = leadDays;
        this.cron = cron;
    }

    /** A certificate expiring within this many days raises a task. */
    public int getLeadDays() {
        return leadDays;
    }

    /** When the daily check runs: a Quartz-style cron with seconds. */
    public String getCron() {
        return cron;
    }
}
