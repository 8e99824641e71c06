package dev.leadscope.persistence.model;

import dev.leadscope.domain.port.out.AccountModelRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;

/**
 * Makes the account model registry: the JDBC model registry over the {@code account_models},
 * {@code account_model_heads} and {@code account_model_activations} tables, with the same guarantees.
 */
@Factory
public class AccountModelRegistryFactory {

    @Singleton
    AccountModelRegistry accountModels(TransactionOperations<Connection> tx) {
        return AccountModelRegistry.keptIn(new JdbcModelRegistry(tx, ModelTables.ACCOUNT));
    }
}
