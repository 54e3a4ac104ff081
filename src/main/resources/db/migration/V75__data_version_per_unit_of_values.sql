-- Which units' values a committed change touched (V74 says which tables): attainment.AttainmentService keeps every
-- value of the nation (141,750 on national data) and, after a write of one value, reads again only the values of the
-- units that write touched, not all of them.
--
-- data_value_version holds, per unit (province.id), the version (V42) of the last commit that wrote one of its yearly
-- (measurement) or provisional (provisional_measurement) values: inserted, updated (the unit before and after) or
-- deleted. A reader that kept the values as of version v reads again the units whose row is above v. One row per unit
-- at most, so nothing needs pruning and no kept version is too old. Unit 0 stands for every unit: a TRUNCATE says no
-- rows, so a reader reads every value again.
--
-- The statement triggers note the distinct units of the rows a statement wrote (its transition tables) on the
-- transaction's data_change row; at commit, data_change_commit_trg gives them the new version, with the counter's row
-- locked first as before (writers queue on it and never deadlock on these rows), and in the same commit as the data,
-- so a reader who sees a version also sees which units it touched.

alter table data_change add column value_units bigint[] not null default '{}';

create table data_value_version (
    province_id bigint primary key, -- 0: every unit
    version     bigint not null
);

create function data_value_note_trg() returns trigger language plpgsql set search_path from current as
$$
declare
    touched bigint[];
begin
    if tg_op = 'INSERT' then
        select coalesce(array_agg(distinct n.province_id), '{}') into touched from new_rows n;
    elsif tg_op = 'UPDATE' then
        select coalesce(array_agg(distinct r.province_id), '{}') into touched
        from (select o.province_id from old_rows o union select n.province_id from new_rows n) r;
    elsif tg_op = 'DELETE' then
        select coalesce(array_agg(distinct o.province_id), '{}') into touched from old_rows o;
    else -- TRUNCATE: no rows to tell
        touched := array[0::bigint];
    end if;
    if cardinality(touched) = 0 then
        return null;
    end if;
    insert into data_change (txid, value_units) values (pg_current_xact_id(), touched)
    on conflict (txid) do update
        set value_units = array(select distinct u from unnest(data_change.value_units || excluded.value_units) u)
        where not (excluded.value_units <@ data_change.value_units);
    return null;
end;
$$;

do $$
declare
    valued text;
begin
    foreach valued in array array['measurement', 'provisional_measurement']
    loop
        execute format('create trigger %I after insert on %I referencing new table as new_rows
                            for each statement execute function data_value_note_trg()', valued || '_value_units_insert', valued);
        execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows
                            for each statement execute function data_value_note_trg()', valued || '_value_units_update', valued);
        execute format('create trigger %I after delete on %I referencing old table as old_rows
                            for each statement execute function data_value_note_trg()', valued || '_value_units_delete', valued);
        execute format('create trigger %I after truncate on %I
                            for each statement execute function data_value_note_trg()', valued || '_value_units_truncate', valued);
    end loop;
end;
$$;

create or replace function data_change_commit_trg() returns trigger language plpgsql set search_path from current as
$$
declare
    bumped  bigint;
    touched text[];
    units   bigint[];
begin
    update data_version set version = version + 1 returning version into bumped;
    delete from data_change where txid = new.txid returning tables, value_units into touched, units;
    insert into data_table_version (table_name, version)
    select distinct unnest(touched), bumped
    on conflict (table_name) do update set version = excluded.version;
    insert into data_value_version (province_id, version)
    select distinct unnest(units), bumped
    on conflict (province_id) do update set version = excluded.version;
    return null;
end;
$$;
