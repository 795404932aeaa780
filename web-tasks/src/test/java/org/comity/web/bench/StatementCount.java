package org.comity.web.bench;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.listener.SingleQueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The SQL statements one data source executed, counted by datasource-proxy (benchmarks only): every
 * thread's, since Comity's requests run on the server's threads; a benchmark runs one scenario at a
 * time with the job executor off, so the count is the scenario's. A statement of a JDBC batch counts
 * once per execution of the batch, as datasource-proxy counts it.
 */
final class StatementCount {

    private final SingleQueryCountHolder holder = new SingleQueryCountHolder();

    SingleQueryCountHolder holder() {
        return holder;
    }

    /** Statements executed since the last {@link #reset()}. */
    long total() {
        return holder.getQueryCountMap().values().stream()
                .mapToLong(QueryCount::getTotal)
                .sum();
    }

    void reset() {
        holder.clear();
    }

    /** Wraps each {@link DataSource} bean of an application context so that it counts here. */
    BeanPostProcessor wrapping() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource data
                        ? ProxyDataSourceBuilder.create(data)
                                .name(name)
                                .countQuery(holder)
                                .build()
                        : bean;
            }
        };
    }
}
