package tw.vendorrisk.support;

import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * What every test class on the application gets (registered for all of them in
 * {@code META-INF/spring.factories}):
 * <ul>
 * <li><b>One application at a time.</b> Before a class whose configuration has no application yet,
 * the previous class's application is closed, so its engine leaves Camunda's static registry before
 * the next one registers under the same name ("default", which REST and the webapps look up).</li>
 * <li><b>The database as the application left it at start-up</b>, as if the class had started the
 * application itself: the first class on a new application records every table (engine and register
 * alike, {@link DatabaseState}); each later class on that application finds them restored.</li>
 * <li><b>Nothing left in memory</b>: the engine's clock, its cache of deployed models (a test's own
 * deployments are gone with the restore), the authenticated user and the process-test assertions'
 * engine.</li>
 * </ul>
 */
public class FreshDatabase implements TestExecutionListener, Ordered {

    private static final Map<ApplicationContext, DatabaseState> STATES = new WeakHashMap<>();
    private static TestContext previous;

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** A class with {@code @TestInstance(PER_CLASS)} has its instance, and so its application, before it starts. */
    @Override
    public void prepareTestInstance(TestContext testContext) {
        closePreviousApplication(testContext);
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        closePreviousApplication(testContext);
        ApplicationContext context = testContext.getApplicationContext();
        DataSource dataSource = context.getBeanProvider(DataSource.class).getIfAvailable();
        if (dataSource != null) {
            DatabaseState state = STATES.get(context);
            if (state == null) {
                STATES.put(context, DatabaseState.record(dataSource));
            } else {
                state.restore();
            }
        }
        ProcessEngine engine = context.getBeanProvider(ProcessEngine.class).getIfAvailable();
        if (engine != null) {
            forget(engine);
        }
    }

    private static synchronized void closePreviousApplication(TestContext testContext) {
        if (!testContext.hasApplicationContext() && previous != null && previous != testContext) {
            previous.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
        }
        previous = testContext;
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    private static void forget(ProcessEngine engine) {
        ClockUtil.reset();
        BpmnAwareTests.reset();
        engine.getIdentityService().clearAuthentication();
        DeploymentCache cache = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache();
        cache.discardProcessDefinitionCache();
        cache.discardDecisionDefinitionCache();
        cache.discardDecisionRequirementsDefinitionCache();
        cache.discardCaseDefinitionCache();
        cache.discardCamundaFormDefinitionCache();
    }
}
