package tw.vendorrisk.support;

import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test class the database as the application left it at start-up, as if the class had
 * started the application itself: the first class on a new application context records every table
 * (engine and register alike, {@link DatabaseState}); each later class on that context finds them
 * restored. Also clears what a test may leave in memory: the engine's clock, its cache of deployed
 * models (a test's own deployments are gone with the restore), the authenticated user and the
 * process-test assertions' engine.
 */
public class FreshDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final Map<ApplicationContext, DatabaseState> STATES = new WeakHashMap<>();

    @Override
    public void beforeAll(ExtensionContext extension) {
        ApplicationContext context = SpringExtension.getApplicationContext(extension);
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        DatabaseState state;
        synchronized (STATES) {
            state = STATES.get(context);
            if (state == null) {
                STATES.put(context, DatabaseState.record(context.getBean(DataSource.class)));
                forget(engine);
                return;
            }
        }
        state.restore();
        forget(engine);
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    private static void forget(ProcessEngine engine) {
        ClockUtil.reset();
        BpmnAwareTests.reset();
        engine.getIdentityService().clearAuthentication();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        DeploymentCache cache = configuration.getDeploymentCache();
        cache.discardProcessDefinitionCache();
        cache.discardDecisionDefinitionCache();
        cache.discardDecisionRequirementsDefinitionCache();
        cache.discardCaseDefinitionCache();
        cache.discardCamundaFormDefinitionCache();
    }
}
