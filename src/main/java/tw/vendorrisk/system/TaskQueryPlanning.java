package tw.vendorrisk.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterSingleResultCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, plans every task query that checks a user's authorizations (the Tasklist's filters,
 * {@code /engine-rest/task}) with its parameter values, and leaves every other statement of the engine
 * to PostgreSQL's plan cache.
 * <p>
 * With authorization on, a task query for a user joins the authorizations with a condition on
 * permission bits that the engine binds as parameters. A cached generic plan cannot use the statistics
 * on those bits (engine migration V5_2), expects 10 matching authorizations instead of thousands and
 * takes over a second for a group with 2 000 open tasks; a plan made for the values takes 60 ms. So
 * before such a query runs, its transaction sets {@code plan_cache_mode = force_custom_plan} for itself
 * ({@code SET LOCAL}); the setting lasts until that transaction ends, which for a query made inside
 * another command is the outer command's transaction. Queries without a user (the job executor's, such
 * as the reminder sweep) have no authorization join and keep the plan cache. Setting it for every
 * session instead would re-plan each of the engine's statements, foreign-key checks included, and
 * made every process step about 1.7 times slower (docs/performance.md, Task query and Lifecycle vs
 * bare engine).
 */
@Component
class TaskQueryPlanning extends AbstractProcessEnginePlugin {

    static final String CUSTOM_PLANS = "SET LOCAL plan_cache_mode = force_custom_plan";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        interceptors.add(new CustomPlansForTaskQueries());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    /** Runs inside the command's context and transaction (a post command interceptor). */
    static final class CustomPlansForTaskQueries extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            if (isTaskQuery(command) && checksAuthorizations(context)
                    && "postgres".equals(Context.getProcessEngineConfiguration().getDatabaseType())) {
                planWithValues(context);
            }
            return next.execute(command);
        }

        /** When the engine joins the authorizations into the query, as its AuthorizationManager decides. */
        static boolean checksAuthorizations(CommandContext context) {
            Authentication authentication = context.getAuthentication();
            return Context.getProcessEngineConfiguration().isAuthorizationEnabled()
                    && context.isAuthorizationCheckEnabled() && authentication != null
                    && authentication.getUserId() != null;
        }

        static boolean isTaskQuery(Command<?> command) {
            return command instanceof TaskQueryImpl || command instanceof ExecuteFilterListPageCmd
                    || command instanceof ExecuteFilterListCmd || command instanceof ExecuteFilterCountCmd
                    || command instanceof ExecuteFilterSingleResultCmd;
        }

        private static void planWithValues(CommandContext context) {
            Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute(CUSTOM_PLANS);
            } catch (SQLException e) {
                throw new ProcessEngineException("Could not set the task query's planner option: " + e.getMessage(), e);
            }
        }
    }
}
