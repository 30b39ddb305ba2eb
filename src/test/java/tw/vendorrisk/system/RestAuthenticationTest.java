package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jakarta.ws.rs.Path;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.AppTest;

/**
 * No credentials, no data: every root of /api (read from the application's own request mappings),
 * every resource root of the engine REST API and of the webapps' engine API (read from Camunda's
 * resource classes) answers 401 to a request without credentials or with wrong ones, for reads and
 * writes alike; spellings of a path that try to slip past the authentication filter get no data either.
 */
@AppTest
class RestAuthenticationTest {

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    /** Every /api path with its methods, path variables filled in ("GET /api/vendors/1"). */
    List<String> apiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).forEach(methods::add);
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    String path = pattern.replaceAll("\\{[^}]+}", "1");
                    methods.forEach(method -> endpoints.add(method + " " + path));
                }
            }
        }
        return new ArrayList<>(endpoints);
    }

    /** The resource roots of Camunda's REST API for the default engine ("/task", "/process-definition", …). */
    static List<String> engineRoots() {
        Set<String> roots = new TreeSet<>();
        for (Method method : DefaultProcessEngineRestServiceImpl.class.getMethods()) {
            Path path = method.getAnnotation(Path.class);
            if (path != null) {
                roots.add(path.value().startsWith("/") ? path.value() : "/" + path.value());
            }
        }
        return new ArrayList<>(roots);
    }

    @Test
    void everyApiEndpoint_needsCredentials() {
        List<String> endpoints = apiEndpoints();
        assertThat(endpoints).contains("GET /api/vendors", "POST /api/vendors", "PUT /api/organization",
                "POST /api/contract-checks", "GET /api/contract-checks/1/report",
                "GET /api/contracts/1/documents/1");

        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            assertRefused(endpoint, RestClient.anonymous(port).send(method, path));
            assertRefused(endpoint + " (wrong password)",
                    RestClient.as(port, "nobody", "Wrong-Password-1!").send(method, path));
        }
    }

    @Test
    void everyEngineRestRoot_needsCredentials_underBothSpellingsOfTheDefaultEngine() {
        List<String> roots = engineRoots();
        assertThat(roots).contains("/task", "/process-definition", "/process-instance", "/message", "/deployment",
                "/history", "/user", "/group", "/authorization", "/variable-instance", "/external-task", "/job");

        for (String root : roots) {
            for (String base : new String[] {"/engine-rest", "/engine-rest/engine/default"}) {
                assertRefused("GET " + base + root, RestClient.anonymous(port).get(base + root));
                assertRefused("POST " + base + root, RestClient.anonymous(port).post(base + root, "{}"));
            }
        }
        assertRefused("GET /engine-rest/task (wrong password)",
                RestClient.as(port, "nobody", "Wrong-Password-1!").get("/engine-rest/task"));
    }

    @Test
    void theWebappsEngineApi_needsASession() {
        for (String root : engineRoots()) {
            String path = "/camunda/api/engine/engine/default" + root;
            assertRefused("GET " + path, RestClient.anonymous(port).get(path));
            HttpResponse<String> post = RestClient.anonymous(port).post(path, "{}");
            // a change without a session is refused by the CSRF filter (403) before authentication (401)
            assertThat(post.statusCode()).as("POST " + path).isIn(401, 403);
        }
        assertRefused("cockpit", RestClient.anonymous(port)
                .get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics"));
    }

    @Test
    void onlyTheListOfEngineNamesIsOpen() {
        HttpResponse<String> engines = RestClient.anonymous(port).get("/engine-rest/engine");
        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).isEqualTo("[{\"name\":\"default\"}]");
    }

    @Test
    void otherSpellingsOfAPath_getNoDataWithoutCredentials() {
        for (String path : new String[] {"/api/vendors/", "//api/vendors", "/api;x=1/vendors", "/api/./vendors",
                "/api/%2e/vendors", "/x/../api/vendors", "/API/vendors", "/api/vendors%2f", "/engine-rest//task",
                "/engine-rest/task;jsessionid=1", "/engine-rest/./task", "/engine-rest/engine/../task",
                "/engine-rest/engine/default/../../task", "/ENGINE-REST/task"}) {
            HttpResponse<String> response = RestClient.anonymous(port).get(path);
            assertThat(response.statusCode()).as(path + " " + response.body()).isIn(400, 401, 404);
            assertThat(response.body()).as(path).doesNotContain("Certified").doesNotContain("\"id\"");
        }
    }

    private static void assertRefused(String what, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(what + " " + response.body()).isEqualTo(401);
        assertThat(response.body()).as(what).doesNotContain("\"id\"");
    }
}
