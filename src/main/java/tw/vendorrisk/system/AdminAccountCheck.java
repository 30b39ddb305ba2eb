package tw.vendorrisk.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the engine without an administrator password: the {@code postgres} profile
 * has no default, so production never runs with a known password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAccountCheck extends AbstractProcessEnginePlugin {

    private final String adminId;
    private final String adminPassword;

    AdminAccountCheck(@Value("${app.admin.id:}") String adminId, @Value("${app.admin.password:}") String adminPassword) {
        this.adminId = adminId;
        this.adminPassword = adminPassword;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (adminId.isBlank() || adminPassword.isBlank()) {
            throw new IllegalStateException("No administrator password is set. Set APP_ADMIN_USER and "
                    + "APP_ADMIN_PASSWORD (at least 10 characters with upper and lower case letters, a digit and "
                    + "a special character) before starting with the postgres profile.");
        }
    }
}
