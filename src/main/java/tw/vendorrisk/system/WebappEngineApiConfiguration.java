package tw.vendorrisk.system;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import jakarta.servlet.ServletRegistration;

/**
 * The engine API behind Tasklist and Cockpit ({@code /camunda/api/engine/*}) refuses bad input the way
 * {@code /engine-rest} does: 400 with the application's message instead of 500, 403 for a refusal of the application's engine
 * policies, and a message naming the
 * field for a body that is not JSON (see {@link EngineRestConfiguration}). Camunda's webapp initializer
 * registers this servlet only when no servlet of its name exists; this registers it first, the same way,
 * with our exception mappers added.
 */
@Configuration
class WebappEngineApiConfiguration {

    /** The name Camunda's CamundaBpmWebappInitializer gives the servlet. */
    static final String SERVLET_NAME = "Engine Api";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ServletContextInitializer webappEngineApi(CamundaBpmProperties camunda) {
        return servletContext -> {
            ServletRegistration.Dynamic registration = servletContext.addServlet(SERVLET_NAME, ServletContainer.class);
            registration.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
            registration.setInitParameters(Map.of(
                    ServletProperties.JAXRS_APPLICATION_CLASS, EngineRestApplication.class.getName(),
                    ServerProperties.PROVIDER_CLASSNAMES, EngineRestConfiguration.MAPPERS.stream().map(Class::getName)
                            .collect(Collectors.joining(","))));
        };
    }
}
