package tw.vendorrisk.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The groups whose members may call an {@code /api} handler; anyone else gets 403 before the
 * request body is even read. Without it, every authenticated user may call the handler.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedGroups {

    String[] value();
}
