package org.claimdesk.cluster.internal;

import org.claimdesk.cluster.Notifications;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;

/** PostgreSQL's notifications when Claimdesk runs on PostgreSQL (maybe beside other nodes), local ones on H2. */
@Configuration
class NotificationsConfig {

    @Bean
    Notifications notifications(DataSourceProperties database, JdbcTemplate jdbc, TaskExecutor executor) {
        if (database.determineUrl().startsWith("jdbc:postgresql:")) {
            return new PostgresNotifications(jdbc, database);
        }
        return new LocalNotifications(executor);
    }
}
