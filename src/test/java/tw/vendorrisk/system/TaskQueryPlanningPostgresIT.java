package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tw.vendorrisk.common.Groups;
import tw.vendorrisk.support.EmbeddedPostgresConfiguration;
import tw.vendorrisk.support.AppTest;

/**
 * {@link TaskQueryPlanning} on a real PostgreSQL: a user's task query, whether a Tasklist filter or a
 * plain task query, plans with parameter values; other engine work and task queries without a user
 * (the job executor's) keep PostgreSQL's plan cache, and the setting ends with the transaction.
 */
@AppTest
@Import(EmbeddedPostgresConfiguration.class)
class TaskQueryPlanningPostgresIT {

    @Autowired ProcessEngineConfiguration configuration;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void aUsersTaskQuery_plansWithItsValues() {
        identityService.setAuthentication("ivan", List.of(Groups.INFOSEC));

        assertThat(inOneTransaction(() -> taskService.createTaskQuery().taskCandidateGroup(Groups.INFOSEC)
                .orderByDueDate().asc().listPage(0, 15))).isEqualTo("force_custom_plan");
        assertThat(inOneTransaction(() -> taskService.createTaskQuery().taskCandidateGroup(Groups.INFOSEC).count()))
                .isEqualTo("force_custom_plan");
    }

    @Test
    void aTasklistFilter_plansWithItsValues() {
        Filter filter = filterService.createTaskFilterQuery().list().stream().findFirst().orElseThrow();
        identityService.setAuthentication("ivan", List.of(Groups.INFOSEC));

        assertThat(inOneTransaction(() -> filterService.count(filter.getId()))).isEqualTo("force_custom_plan");
        assertThat(inOneTransaction(() -> filterService.listPage(filter.getId(), 0, 15)))
                .isEqualTo("force_custom_plan");
    }

    @Test
    void aTaskQueryWithoutAUser_keepsThePlanCache() {
        assertThat(inOneTransaction(() -> taskService.createTaskQuery().taskCandidateGroup(Groups.INFOSEC).count()))
                .isEqualTo("auto");
    }

    @Test
    void otherEngineWork_keepsThePlanCache_andTheSettingEndsWithTheTransaction() {
        identityService.setAuthentication("ivan", List.of(Groups.INFOSEC));

        assertThat(inOneTransaction(() -> runtimeService.createProcessInstanceQuery().count())).isEqualTo("auto");
        assertThat(inOneTransaction(() -> taskService.createTaskQuery().count())).isEqualTo("force_custom_plan");
        assertThat(inOneTransaction(() -> null)).isEqualTo("auto");
    }

    /**
     * Runs the work as a query inside one engine command, then reads the planner setting in the same
     * transaction.
     */
    private String inOneTransaction(Supplier<Object> work) {
        Command<String> command = context -> {
            work.get();
            try (Statement statement = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection()
                    .createStatement(); ResultSet result = statement.executeQuery("SHOW plan_cache_mode")) {
                result.next();
                return result.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        return ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired().execute(command);
    }
}
