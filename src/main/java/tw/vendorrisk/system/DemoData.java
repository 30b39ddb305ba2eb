package tw.vendorrisk.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.Groups;

/**
 * One demo user per group on the embedded default ({@code app.demo.enabled=true}), created once,
 * each with an e-mail address {@code id@vendorrisk.example} for the task reminders.
 * The {@code postgres} profile turns this off.
 */
@Component
@DependsOn("accessSetup")
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
class DemoData implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** user id → {first name, last name, group}. */
    static final Map<String, String[]> USERS = new LinkedHashMap<>();

    static {
        USERS.put("alice", new String[] {"Alice", "Lin 林", Groups.PROCUREMENT});
        USERS.put("ivan", new String[] {"Ivan", "Chen 陳", Groups.INFOSEC});
        USERS.put("peter", new String[] {"Peter", "Kuo 郭", Groups.PROJECT_LEADS});
        USERS.put("lena", new String[] {"Lena", "Wang 王", Groups.LEGAL});
        USERS.put("mark", new String[] {"Mark", "Huang 黃", Groups.MANAGERS});
        USERS.put("olivia", new String[] {"Olivia", "Tsai 蔡", Groups.PROCESS_OWNERS});
    }

    private final IdentityService identityService;
    private final String password;

    DemoData(IdentityService identityService, @Value("${app.demo.password}") String password) {
        this.identityService = identityService;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        USERS.forEach((id, details) -> {
            User existing = identityService.createUserQuery().userId(id).singleResult();
            if (existing != null) {
                // demo users of earlier versions had id@example.com; reminders go to the demo domain
                if ((id + "@example.com").equals(existing.getEmail())) {
                    existing.setEmail(emailOf(id));
                    identityService.saveUser(existing);
                }
                return;
            }
            User user = identityService.newUser(id);
            user.setFirstName(details[0]);
            user.setLastName(details[1]);
            user.setEmail(emailOf(id));
            user.setPassword(password);
            identityService.saveUser(user);
            identityService.createMembership(id, details[2]);
            LOG.info("Created demo user {} in group {}", id, details[2]);
        });
    }

    /** Demo addresses use a reserved domain ({@code .example}), so no reminder reaches a real mailbox. */
    static String emailOf(String userId) {
        return userId + "@vendorrisk.example";
    }
}
