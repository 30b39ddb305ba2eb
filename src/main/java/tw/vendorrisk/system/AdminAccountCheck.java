package tw.vendorrisk.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the engine without an administrator password: the {@code postgres} profile
 * has no default, so production never runs with a known password. Outside the demo
 * ({@code app.demo.enabled=false}) the published demo password is refused as well.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAccountCheck extends AbstractProcessEnginePlugin {

    private final String adminId;
    private final String adminPassword;
    private final boolean demo;
    private final String demoPassword;

    AdminAccountCheck(@Value("${app.admin.id:}") String adminId, @Value("${app.admin.password:}") String adminPassword,
            @Value("${app.demo.enabled:false}") boolean demo, @Value("${app.demo.password:}") String demoPassword) {
        this.adminId = adminId;
        this.adminPassword = adminPassword;
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (adminId.isBlank() || adminPassword.isBlank()) {
            throw new IllegalStateException("No administrator password is set. Set APP_ADMIN_USER and "
                    + "APP_ADMIN_PASSWORD (at least 10 characters with upper and lower case letters, a digit and "
                    + "a special character) before starting with the postgres profile.");
        }
        if (!demo && adminPassword.equals(demoPassword)) {
            throw new IllegalStateException("APP_ADMIN_PASSWORD is the published demo password. Choose another "
                    + "administrator password before starting without the demo data.");
        }
    }
}
