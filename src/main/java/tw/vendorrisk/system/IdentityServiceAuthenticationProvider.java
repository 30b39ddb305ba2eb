package tw.vendorrisk.system;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password against Camunda's identity service, for the sign-in page and for
 * HTTP Basic alike. The password is checked by {@link IdentityService#checkPassword}, so Camunda's login
 * throttling applies to every attempt (a wait after a wrong password, a lock after 10 in a row). With
 * Camunda's LDAP identity plugin configured, the same check goes to the directory. The signed-in user's
 * authorities are their Camunda groups ({@link GroupAuthorities}).
 * <p>
 * The provider of {@code app.security.login-provider=identity-service} (the default); docs/security.md
 * explains how another provider (Active Directory, OIDC) takes its place.
 */
@Component
@ConditionalOnProperty(name = "app.security.login-provider", havingValue = "identity-service", matchIfMissing = true)
class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final ProcessEngine processEngine;

    IdentityServiceAuthenticationProvider(ProcessEngine processEngine) {
        this.processEngine = processEngine;
        this.identityService = processEngine.getIdentityService();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (userId.isEmpty() || password.isEmpty()) {
            throw new BadCredentialsException("No user name or no password");
        }
        // a locked user's password is not checked at all; saying so tells the user why a right password fails
        Lock before = lockOf(userId);
        if (before != Lock.NONE) {
            throw new AccountLockedException(userId, before == Lock.PERMANENT);
        }
        if (!identityService.checkPassword(userId, password)) {
            if (lockOf(userId) == Lock.PERMANENT) {
                throw new AccountLockedException(userId, true);
            }
            throw new BadCredentialsException("Wrong user name or password");
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        String id = user == null || user.getId() == null ? userId : user.getId();
        return UsernamePasswordAuthenticationToken.authenticated(id, null, GroupAuthorities.of(groupsOf(id)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private enum Lock { NONE, DELAY, PERMANENT }

    /** The throttling state Camunda keeps for users of its own database; users of a directory have none. */
    private Lock lockOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (!(user instanceof UserEntity entity)) {
            return Lock.NONE;
        }
        int maxAttempts = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getLoginMaxAttempts();
        if (entity.getAttempts() >= maxAttempts) {
            return Lock.PERMANENT;
        }
        Date until = entity.getLockExpirationTime();
        return until != null && until.after(ClockUtil.getCurrentTime()) ? Lock.DELAY : Lock.NONE;
    }
}
