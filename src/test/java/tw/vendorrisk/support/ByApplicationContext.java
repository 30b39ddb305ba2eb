package tw.vendorrisk.support;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the test classes of one application configuration one after the other, so that a test JVM
 * starts each application context once (only one may live at a time, {@link AppTest}): first the
 * classes that need no application, then those on {@link AppTest} alone, then each other
 * configuration. Within a group the order given by the build stays (for example
 * {@code -Dsurefire.runOrder=random}).
 */
public class ByApplicationContext implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(ByApplicationContext::group));
    }

    static String group(ClassDescriptor descriptor) {
        Class<?> type = descriptor.getTestClass();
        if (!AnnotatedElementUtils.hasAnnotation(type, SpringBootTest.class)) {
            return "0";
        }
        if (Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(DynamicPropertySource.class))) {
            return "2 " + type.getName();
        }
        String annotations = Arrays.stream(type.getAnnotations()).map(Annotation::toString).sorted()
                .collect(Collectors.joining(" "));
        return annotations.equals("@" + AppTest.class.getName() + "()") ? "1" : "2 " + annotations;
    }
}
