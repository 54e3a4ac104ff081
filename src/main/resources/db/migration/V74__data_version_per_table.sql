-- Which tables a committed change touched (V42 counts the changes, not what they touched): a reader that keeps what
-- it derived from several tables (attainment.AttainmentService keeps every target and every value of the nation)
-- reloads after a write only the part read from the tables that write touched.
--
-- data_change_note_trg (every shown table's statement trigger, V42 and later) now also notes the table's name on the
-- transaction's row; at commit, data_change_commit_trg bumps the counter as before and gives each touched table the
-- new version. The counter's row is still locked first, so writers queue on it and never deadlock on the tables' rows.

alter table data_change add column tables text[] not null default '{}';

create table data_table_version (
    table_name text   primary key,
    version    bigint not null
);

-- every table carrying the trigger, at the current version: a reader that kept anything reloads it once
insert into data_table_version (table_name, version)
select distinct t.event_object_table, (select version from data_version)
from information_schema.triggers t
where t.action_statement like '%data_change_note_trg%'
  and t.event_object_schema = current_schema();

create or replace function data_change_note_trg() returns trigger language plpgsql set search_path from current as
$$
begin
    insert into data_change (txid, tables) values (pg_current_xact_id(), array[tg_table_name::text])
    on conflict (txid) do update set tables = data_change.tables || excluded.tables
        where not (tg_table_name::text = any (data_change.tables));
    return null;
end;
$$;

create or replace function data_change_commit_trg() returns trigger language plpgsql set search_path from current as
$$
declare
    bumped  bigint;
    touched text[];
begin
    update data_version set version = version + 1 returning version into bumped;
    delete from data_change where txid = new.txid returning tables into touched;
    insert into data_table_version (table_name, version)
    select distinct unnest(touched), bumped
    on conflict (table_name) do update set version = excluded.version;
    return null;
end;
$$;
