package fr.ensemble.core.tenancy.persistence;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

@Configuration(proxyBeanMethods = false)
public class MultiTenancyConfiguration {

    @Bean
    HibernatePropertiesCustomizer schemaPerTenant(DataSource dataSource, TenantRegistry registry) {
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER,
                    new TenantConnectionProvider(dataSource, registry));
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new TenantIdentifierResolver());
        };
    }

    /** Asynchronous tasks keep the tenant of the thread that submitted them. */
    @Bean
    TaskDecorator tenantPropagation() {
        return TenantContext::propagate;
    }
}
