package tw.vendorrisk.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends, from every thread (the job executor's too), for
 * the benchmark's breakdown: a statement run on its own counts once, and so does each statement added
 * to a JDBC batch. Import it into a test to wrap the application's data source.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    /** Statements sent so far by this JVM through the wrapped data source. */
    public static long count() {
        return STATEMENTS.get();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && "dataSource".equals(name) ? wrap(dataSource) : bean;
            }
        };
    }

    static DataSource wrap(DataSource target) {
        return proxy(target, new Class<?>[] {DataSource.class, AutoCloseable.class}, (method, result) ->
                result instanceof Connection connection ? proxy(connection, new Class<?>[] {Connection.class},
                        (connectionMethod, statement) -> countingStatement(statement)) : result);
    }

    private static Object countingStatement(Object result) {
        if (result instanceof CallableStatement statement) {
            return proxy(statement, new Class<?>[] {CallableStatement.class}, StatementCounter::counted);
        }
        if (result instanceof PreparedStatement statement) {
            return proxy(statement, new Class<?>[] {PreparedStatement.class}, StatementCounter::counted);
        }
        if (result instanceof Statement statement) {
            return proxy(statement, new Class<?>[] {Statement.class}, StatementCounter::counted);
        }
        return result;
    }

    private static Object counted(Method method, Object result) {
        if (EXECUTIONS.contains(method.getName())) {
            STATEMENTS.incrementAndGet();
        }
        return result;
    }

    /** What to do with a call's result: wrap it, count it or pass it on. */
    private interface AfterCall {
        Object apply(Method method, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Object target, Class<?>[] interfaces, AfterCall after) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getName().equals("equals") && method.getParameterCount() == 1) {
                return self == args[0];
            }
            if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
                return System.identityHashCode(self);
            }
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type
                    && type.isInstance(self)) {
                return self;
            }
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces, handler);
    }
}
