-- ShedLock's lock rows (net.javacrumbs.shedlock, JdbcTemplateLockProvider with the database's clock): the reminder
-- job holds "notification-reminders" while it runs, so two instances never run it at the same time.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
