package tw.vendorrisk.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of the staff's pages (server-rendered HTML), as opposed to the JSON of {@code /api}:
 * its refusals are pages in the user's language, its pages share the workspace's layout and
 * Content-Security-Policy, and every form field it binds is trimmed (empty means not given).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
