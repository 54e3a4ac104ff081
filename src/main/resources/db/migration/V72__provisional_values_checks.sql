-- Provisional values (a value known at a period of the year, shown as provisional until the yearly result replaces
-- it) are held to what yearly results are held to, for every writer, not only the application's forms: the
-- indicator's valid range, the lock of an approved province-year, and the data version the dashboards' cache reads.
-- The year's own period (YEAR) takes no provisional value: the yearly result in `measurement` is the year's value.

create function provisional_measurement_range_trg() returns trigger language plpgsql set search_path from current as
$$
begin
    perform check_value_in_indicator_range(new.indicator_code, new.value_number, 'value');
    if exists (select 1 from reporting_period rp where rp.id = new.period_id and rp.kind = 'YEAR') then
        raise exception 'the year''s own period takes the yearly result, not a provisional value'
            using errcode = '23514';
    end if;
    return new;
end;
$$;
create trigger provisional_measurement_range before insert or update on provisional_measurement
    for each row execute function provisional_measurement_range_trg();

-- An approved province-year (result_approval, V12) locks its provisional values as it locks its yearly results.
create function provisional_measurement_approval_lock_trg() returns trigger language plpgsql
    set search_path from current as
$$
declare
    r record;
begin
    for r in
        select p.code, rp.year
        from (select old.province_id, old.period_id where tg_op <> 'INSERT'
              union all
              select new.province_id, new.period_id where tg_op <> 'DELETE') m (province_id, period_id)
        join province p on p.id = m.province_id
        join reporting_period rp on rp.id = m.period_id
    loop
        if exists (select 1 from result_approval a where a.province_code = r.code and a.year = r.year) then
            raise exception 'the results of province % for % are approved and read-only', r.code, r.year
                using errcode = '55000';
        end if;
    end loop;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;
create trigger provisional_measurement_approval_lock before insert or update or delete on provisional_measurement
    for each row execute function provisional_measurement_approval_lock_trg();

-- attainment reads provisional values, so a change to them is a change to what the dashboards show
create trigger provisional_measurement_data_change after insert or update or delete or truncate
    on provisional_measurement for each statement execute function data_change_note_trg();
