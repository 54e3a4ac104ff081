-- The audit trail: one row per create, change or delete of documents, targets, measurements, approvals and
-- accounts, written in the same transaction as the change. Rows are never changed or removed.
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null default now(),
    actor          varchar(60)  not null check (length(trim(actor)) > 0),
    entity_type    varchar(20)  not null check (entity_type in ('DOCUMENT', 'TARGET', 'MEASUREMENT', 'APPROVAL', 'ACCOUNT')),
    entity_id      bigint,
    province_code  varchar(3),
    indicator_code varchar(60),
    year           int check (year between 1990 and 2100),
    action         varchar(20)  not null check (action in ('CREATE', 'UPDATE', 'DELETE', 'APPROVE', 'REOPEN')),
    -- json, not jsonb: keeps the fields in the order they were recorded, as the history pages show them
    old_value      json,
    new_value      json,
    reason         varchar(1000),
    -- how the change came in: "web", or e.g. "import: results-2024.xlsx"
    origin         varchar(300) not null default 'web',
    constraint audit_event_values_ck check (old_value is not null or new_value is not null or action in ('APPROVE', 'REOPEN')),
    constraint audit_event_reopen_reason_ck check (action <> 'REOPEN' or length(trim(reason)) > 0)
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_series_idx on audit_event (province_code, indicator_code, year);
create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);

create function audit_event_append_only_trg() returns trigger language plpgsql as
$$
begin
    raise exception 'the audit trail is append-only' using errcode = '42501';
end;
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only_trg();
