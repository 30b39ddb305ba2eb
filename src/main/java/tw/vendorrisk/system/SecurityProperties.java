package tw.vendorrisk.system;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The application's own security settings ({@code app.security.*}); docs/security.md explains each.
 *
 * @param https             the app is reached over HTTPS (directly or behind a TLS proxy): cookies are
 *                          {@code Secure} and responses carry {@code Strict-Transport-Security}
 * @param hstsMaxAge        how long browsers keep to HTTPS after seeing the header
 * @param maxApiRequest     largest request body {@code /api} reads (a 10 MB contract and its multipart frame)
 * @param maxEngineRequest  largest request body the engine REST API and the webapps' API read (a 10 MB
 *                          contract as a Base64 File variable inside JSON)
 * @param scriptLanguages   script languages the models may use; none by default
 * @param loginProvider     who checks passwords at {@code /login} and for HTTP Basic: {@code identity-service}
 *                          (Camunda's identity service, its own users or a directory through Camunda's LDAP
 *                          plugin); docs/security.md explains how to add another
 */
@ConfigurationProperties("app.security")
public record SecurityProperties(
        @DefaultValue("false") boolean https,
        @DefaultValue("365d") Duration hstsMaxAge,
        @DefaultValue("11MB") DataSize maxApiRequest,
        @DefaultValue("16MB") DataSize maxEngineRequest,
        @DefaultValue List<String> scriptLanguages,
        @DefaultValue("identity-service") String loginProvider) {
}
