package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** No known administrator password outside the demo: none at all, or the published demo one, stops the start. */
class AdminAccountCheckTest {

    static final String DEMO_PASSWORD = "Vendor-Risk-2026!";

    @Test
    void withoutAnAdministratorPassword_theEngineDoesNotStart() {
        assertThatThrownBy(() -> new AdminAccountCheck("admin", "", false, DEMO_PASSWORD).preInit(null))
                .hasMessageContaining("APP_ADMIN_PASSWORD");
        assertThatThrownBy(() -> new AdminAccountCheck("", "Strong-Admin-Pw-2026!", false, DEMO_PASSWORD).preInit(null))
                .hasMessageContaining("APP_ADMIN_USER");
    }

    @Test
    void outsideTheDemo_theDemoPasswordIsRefused() {
        assertThatThrownBy(() -> new AdminAccountCheck("operator", DEMO_PASSWORD, false, DEMO_PASSWORD).preInit(null))
                .hasMessageContaining("published demo password");
    }

    @Test
    void anOperatorsOwnPassword_orTheDemoItself_starts() {
        assertThatCode(() -> new AdminAccountCheck("operator", "Strong-Admin-Pw-2026!", false, DEMO_PASSWORD)
                .preInit(null)).doesNotThrowAnyException();
        assertThatCode(() -> new AdminAccountCheck("admin", DEMO_PASSWORD, true, DEMO_PASSWORD).preInit(null))
                .doesNotThrowAnyException();
    }
}
