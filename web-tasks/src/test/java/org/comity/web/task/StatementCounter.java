package org.comity.web.task;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread executes, Comity's and the engine's alike, by wrapping
 * the application's {@link DataSource} (tests only). Counting per thread keeps the count of a request
 * made through MockMvc (which runs on the test's thread) free of whatever other threads do meanwhile.
 * A statement is one call of {@code execute}, {@code executeQuery}, {@code executeUpdate} or one
 * {@code executeBatch} on a statement of a connection taken from the data source.
 */
final class StatementCounter {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private StatementCounter() {}

    /** Runs {@code work}, adding the statements it executes on this thread to {@code into} (their SQL where known). */
    static <T> T counted(Supplier<T> work, List<String> into) {
        RECORDING.set(into);
        try {
            return work.get();
        } finally {
            RECORDING.remove();
        }
    }

    private static void executed(String sql) {
        List<String> statements = RECORDING.get();
        if (statements != null) {
            statements.add(
                    sql == null ? "(prepared)" : sql.replaceAll("\\s+", " ").strip());
        }
    }

    /** Wraps the application's data source so that every connection it gives counts its statements. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource data && !(bean instanceof Counting) ? new Counting(data) : bean;
                }
            };
        }
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return wrap(super.getConnection(user, password));
        }

        private static Connection wrap(Connection connection) {
            return proxy(Connection.class, connection, (target, method, args) -> {
                Object result = invoke(target, method, args);
                if (result instanceof Statement statement) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                    return statementProxy(statement, sql);
                }
                return result;
            });
        }

        private static Object statementProxy(Statement statement, String preparedSql) {
            Class<?> type = statement instanceof java.sql.CallableStatement
                    ? java.sql.CallableStatement.class
                    : statement instanceof java.sql.PreparedStatement
                            ? java.sql.PreparedStatement.class
                            : Statement.class;
            return proxy(type, statement, (target, method, args) -> {
                if (method.getName().startsWith("execute")) {
                    executed(args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql);
                }
                return invoke(target, method, args);
            });
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, Object target, Handler handler) {
            InvocationHandler invocation = (p, method, args) -> {
                if (method.getName().equals("unwrap")
                        && args != null
                        && args[0] instanceof Class<?> c
                        && c.isInstance(target)) {
                    return target;
                }
                return handler.handle(target, method, args);
            };
            return (T)
                    Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, invocation);
        }

        @FunctionalInterface
        private interface Handler {
            Object handle(Object target, Method method, Object[] args) throws Throwable;
        }
    }
}
