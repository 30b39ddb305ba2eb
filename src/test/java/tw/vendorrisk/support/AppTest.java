package tw.vendorrisk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the test profile (H2 in memory, demo users, job executor off), served on a
 * random port. Every test class that needs the application uses this one configuration, so that Spring
 * starts it once per test JVM and the classes share it; {@link FreshDatabase} gives each class the
 * database as the application left it at start-up. Only one application context lives at a time
 * ({@code spring.test.context.cache.maxSize=1}): Camunda keeps its engines in a static registry by
 * name, and two live "default" engines in one JVM would share REST and the webapps.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(FreshDatabase.class)
public @interface AppTest {
}
