package fr.ensemble.core.tenancy.persistence;

import com.zaxxer.hikari.HikariDataSource;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

@Configuration(proxyBeanMethods = false)
public class MultiTenancyConfiguration {

    /** The pool behind every DataSource user; only the tenant connection provider reaches it directly. */
    @Bean
    static BeanPostProcessor loginRoleDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof HikariDataSource pool
                        ? new LoginRoleDataSource(pool, new ConnectionRoles(pool)) : bean;
            }
        };
    }

    @Bean
    ConnectionRoles connectionRoles(DataSource dataSource) {
        return ((LoginRoleDataSource) dataSource).roles();
    }

    @Bean
    TenantConnectionProvider tenantConnectionProvider(DataSource dataSource, ConnectionRoles roles,
            TenantRegistry registry) throws SQLException {
        return new TenantConnectionProvider(dataSource, dataSource.unwrap(HikariDataSource.class), roles, registry);
    }

    @Bean
    HibernatePropertiesCustomizer schemaPerTenant(TenantConnectionProvider connections) {
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, connections);
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new TenantIdentifierResolver());
        };
    }

    /** Asynchronous tasks keep the tenant of the thread that submitted them. */
    @Bean
    TaskDecorator tenantPropagation() {
        return TenantContext::propagate;
    }
}
