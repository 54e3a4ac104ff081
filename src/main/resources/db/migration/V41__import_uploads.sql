-- A results file between its preview and its confirmation: the bytes wait here, keyed by a random token and bound
-- to the account that uploaded it, so confirming re-reads exactly the previewed file (the HTTP session stays small).
-- Rows older than the application's expiry are deleted on the next upload.
create table import_upload (
    token      varchar(64)  primary key check (token ~ '^[A-Za-z0-9_-]{20,64}$'),
    account    varchar(60)  not null,
    file_name  varchar(255) not null,
    sha256     char(64)     not null,
    bytes      bytea        not null,
    created_at timestamptz  not null default now()
);
create index import_upload_created_idx on import_upload (created_at);

-- An import and a full-data restore are each audited as one event too (file name, fingerprint and counts), beside
-- the rows of the values they wrote.
alter table audit_event drop constraint audit_event_entity_type_check;
alter table audit_event add constraint audit_event_entity_type_check
    check (entity_type in ('DOCUMENT', 'TARGET', 'MEASUREMENT', 'APPROVAL', 'ACCOUNT', 'IMPORT', 'RESTORE'));
