package tw.vendorrisk.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No model reaches the engine except the application's own. The models are part of the application
 * ({@code bpmn/}, {@code forms/}) and {@link ProcessModelDeployer} deploys them at start-up; a new model
 * is a new release. Every other deployment is refused, for the administrator too: one made while
 * serving an HTTP request (engine REST's {@code deployment/create} and {@code redeploy}, the webapps,
 * Camunda Modeler) or on behalf of an authenticated user. REST answers {@code 403}.
 * <p>
 * Deployments through the Java API with no user, outside a request, stay possible: that is the
 * application itself, and tests that deploy models of their own.
 */
@Component
class DeploymentPolicy extends AbstractProcessEnginePlugin {

    static final String REFUSED = "Models are deployed only by the application itself (ProcessModelDeployer, at "
            + "start-up, from its bpmn/ and forms/ folders): a new or changed model is a new release of the "
            + "application. Deployments through engine REST, the webapps or Camunda Modeler are refused, for "
            + "administrators too (模型僅由應用程式本身部署).";

    /** Set while this thread serves an HTTP request ({@link ServingRequest}, on every path). */
    private static final ThreadLocal<Boolean> SERVING = new ThreadLocal<>();

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new Check());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    final class Check extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof DeployCmd && (SERVING.get() != null
                    || configuration.getIdentityService().getCurrentAuthentication() != null)) {
                throw new AuthorizationException(REFUSED);
            }
            return next.execute(command);
        }
    }

    /** Marks the thread while it serves a request, whatever the path and the servlet behind it. */
    static final class ServingRequest extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            SERVING.set(Boolean.TRUE);
            try {
                chain.doFilter(request, response);
            } finally {
                SERVING.remove();
            }
        }
    }
}
