-- An approved province-year: its measurements are read-only until an admin reopens it (which deletes the row;
-- the audit trail keeps who approved, who reopened and why).
create table result_approval (
    province_code varchar(3)  not null check (province_code ~ '^[0-9]{2,3}$'),
    year          int         not null check (year between 1990 and 2100),
    approved_by   varchar(60) not null,
    approved_at   timestamptz not null default now(),
    primary key (province_code, year)
);

-- The lock holds for every writer, not only the application's forms.
create function measurement_approval_lock_trg() returns trigger language plpgsql set search_path from current as
$$
declare
    r record;
begin
    for r in
        select p.code, m.year from (select old.province_id, old.year where tg_op <> 'INSERT'
                                    union all
                                    select new.province_id, new.year where tg_op <> 'DELETE') m (province_id, year)
        join province p on p.id = m.province_id
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
create trigger measurement_approval_lock before insert or update or delete on measurement
    for each row execute function measurement_approval_lock_trg();
