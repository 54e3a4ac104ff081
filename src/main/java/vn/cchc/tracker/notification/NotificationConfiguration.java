package vn.cchc.tracker.notification;

import java.util.Properties;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP client, only when {@code cchc.mail.host} is set, and ShedLock's lock in PostgreSQL (table
 * {@code shedlock}, migration V68, the database's clock), so the reminder job runs on one instance at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", interceptMode = EnableSchedulerLock.InterceptMode.PROXY_METHOD)
class NotificationConfiguration {

    /** Generous for a mail server, short enough that a dead one cannot hold a request or the job for long. */
    private static final String TIMEOUT_MS = "10000";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }

    @Bean
    @ConditionalOnExpression("'${cchc.mail.host:}'.trim() != ''")
    JavaMailSenderImpl notificationMailSender(MailProperties mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.host().strip());
        sender.setPort(mail.port());
        if (!MailProperties.blank(mail.username())) {
            sender.setUsername(mail.username());
            sender.setPassword(mail.password());
        }
        sender.setDefaultEncoding("UTF-8");
        Properties props = sender.getJavaMailProperties();
        props.put("mail.smtp.auth", String.valueOf(!MailProperties.blank(mail.username())));
        props.put("mail.smtp.starttls.enable", String.valueOf(mail.starttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(mail.starttls()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        props.put("mail.smtp.timeout", TIMEOUT_MS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MS);
        return sender;
    }
}
