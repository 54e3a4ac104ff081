-- Administrative units as the national list has them (V45 loads it): a unit's start may be unknown, every unit cites
-- its sources, and a unit formed on 01/07/2025 records the former units it was formed from.

-- An empty start means "in force before the period the list covers (2025)": the list makes no claim about founding
-- dates, so neither does the database. At most one unit per code has no start (nulls count as equal).
alter table province alter column valid_from drop not null;
alter table province drop constraint province_code_period_uq;
alter table province add constraint province_code_period_uq unique nulls not distinct (code, valid_from);

-- The sources of the unit list, by the key the list uses (S1 …), shown on the province pages.
create table unit_source (
    key            varchar(10)   primary key check (key ~ '^S[0-9]+$'),
    description_vi varchar(1000) not null check (length(trim(description_vi)) > 0),
    description_en varchar(1000) not null check (length(trim(description_en)) > 0),
    url            varchar(500)
);

create table province_source (
    province_id bigint      not null references province (id) on delete cascade,
    source_key  varchar(10) not null references unit_source (key),
    position    int         not null,
    primary key (province_id, source_key)
);

-- The units a new unit was formed from; exactly one of them held the administrative centre, whose code the new unit
-- carries (Quyết định 124/2004/QĐ-TTg).
create table province_formation (
    unit_id      bigint  not null references province (id) on delete cascade,
    former_id    bigint  not null references province (id),
    holds_centre boolean not null,
    primary key (unit_id, former_id),
    constraint province_formation_not_self_ck check (unit_id <> former_id)
);
create unique index province_formation_one_centre_uq on province_formation (unit_id) where holds_centre;
create index province_formation_former_idx on province_formation (former_id);

-- What the pages show changed: the page cache must see it (V42)
do $$
declare
    shown text;
begin
    foreach shown in array array['unit_source', 'province_source', 'province_formation']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I
                            for each statement execute function data_change_note_trg()', shown || '_data_change', shown);
    end loop;
end;
$$;
