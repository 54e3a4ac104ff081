-- 1. Which tables a committed change touched (V42 counts the changes, not what they touched): a reader that keeps what
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

-- 2. The two rules every write of a measurement keeps (V1: a value inside its indicator's range; V12: nothing written
-- into an approved province-year), checked once per statement over the rows it wrote (transition tables) instead of
-- once per row, with the same errors: an import of 140,000 values ran 280,000 PL/pgSQL calls, each with its own
-- lookups, and spent more time in them than in writing the rows (bench/RESULTS.md). A refused statement still writes
-- nothing. check_value_in_indicator_range stays for the targets' thresholds and baselines.
create function measurement_checks_stmt_trg() returns trigger language plpgsql set search_path from current as
$$
declare
    r record;
begin
    -- the lock of approved years (V12): rows before and after the change
    if tg_op in ('UPDATE', 'DELETE') then
        select p.code, o.year into r
        from old_rows o join province p on p.id = o.province_id
          join result_approval a on a.province_code = p.code and a.year = o.year
        limit 1;
        if found then
            raise exception 'the results of province % for % are approved and read-only', r.code, r.year
                using errcode = '55000';
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select p.code, n.year into r
        from new_rows n join province p on p.id = n.province_id
          join result_approval a on a.province_code = p.code and a.year = n.year
        limit 1;
        if found then
            raise exception 'the results of province % for % are approved and read-only', r.code, r.year
                using errcode = '55000';
        end if;
        -- the indicator's range (V1)
        select n.indicator_code, n.value_number, i.min_value, i.max_value into r
        from new_rows n join indicator i on i.code = n.indicator_code
        where (i.min_value is not null and n.value_number < i.min_value)
           or (i.max_value is not null and n.value_number > i.max_value)
        limit 1;
        if found then
            raise exception 'value % is outside the valid range [%, %] of indicator %',
                r.value_number, coalesce(r.min_value::text, '-inf'), coalesce(r.max_value::text, '+inf'), r.indicator_code
                using errcode = '23514';
        end if;
    end if;
    return null;
end;
$$;
drop trigger measurement_range on measurement;
drop trigger measurement_approval_lock on measurement;
create trigger measurement_checks_insert after insert on measurement referencing new table as new_rows
    for each statement execute function measurement_checks_stmt_trg();
create trigger measurement_checks_update after update on measurement referencing old table as old_rows new table as new_rows
    for each statement execute function measurement_checks_stmt_trg();
create trigger measurement_checks_delete after delete on measurement referencing old table as old_rows
    for each statement execute function measurement_checks_stmt_trg();
