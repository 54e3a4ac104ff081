-- CCHC Tracker schema. Runs on PostgreSQL 15+; every rule the domain model has is also enforced here.

-- Administrative units. A GSO code can outlive a change of name or kind (Thừa Thiên Huế → Thành phố Huế,
-- both 46), so a unit is keyed by a surrogate id and (code, valid_from) is unique.
create table province (
    id           bigint generated always as identity primary key,
    code         varchar(3)   not null check (code ~ '^[0-9]{2,3}$'),
    name_vi      varchar(120) not null check (length(trim(name_vi)) > 0),
    kind         varchar(20)  not null check (kind in ('PROVINCE', 'CITY')),
    valid_from   date         not null,
    valid_to     date,
    successor_id bigint references province (id),
    change_note  varchar(500),
    constraint province_code_period_uq unique (code, valid_from),
    constraint province_period_ck check (valid_to is null or valid_to >= valid_from),
    constraint province_successor_not_self_ck check (successor_id is null or successor_id <> id),
    constraint province_successor_needs_end_ck check (successor_id is null or valid_to is not null)
);

create table reform_area (
    code     varchar(30)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_vi  varchar(200) not null,
    name_en  varchar(200) not null,
    position int          not null unique
);

create table indicator (
    code             varchar(60)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_vi          varchar(300) not null check (length(trim(name_vi)) > 0),
    name_en          varchar(300) not null check (length(trim(name_en)) > 0),
    reform_area_code varchar(30)  not null references reform_area (code),
    unit_kind        varchar(10)  not null check (unit_kind in ('PERCENT', 'SCORE', 'RANK', 'COUNT', 'GROUP')),
    direction        varchar(20)  not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    min_value        numeric(14, 4),
    max_value        numeric(14, 4),
    description_vi   varchar(1000),
    constraint indicator_range_ck check (min_value is null or max_value is null or min_value <= max_value),
    -- groups have levels, not a numeric range; percentages live in 0..100; ranks start at 1
    constraint indicator_group_no_range_ck check (unit_kind <> 'GROUP' or (min_value is null and max_value is null)),
    constraint indicator_percent_range_ck check (unit_kind <> 'PERCENT' or (min_value = 0 and max_value = 100)),
    constraint indicator_rank_range_ck check (unit_kind <> 'RANK' or (min_value = 1 and max_value is not null)),
    constraint indicator_count_range_ck check (unit_kind <> 'COUNT' or min_value = 0),
    constraint indicator_group_direction_ck check (unit_kind <> 'GROUP' or direction = 'HIGHER_IS_BETTER'),
    constraint indicator_rank_direction_ck check (unit_kind <> 'RANK' or direction = 'LOWER_IS_BETTER'),
    -- lets dependants reference (code, unit_kind) and so check their own kind-specific rules
    constraint indicator_code_kind_uq unique (code, unit_kind)
);

-- Ordered levels of a GROUP indicator; position 1 is the lowest.
create table indicator_level (
    indicator_code varchar(60)  not null references indicator (code) on delete cascade,
    position       int          not null check (position >= 1),
    name_vi        varchar(100) not null check (length(trim(name_vi)) > 0),
    name_en        varchar(100) not null,
    primary key (indicator_code, position),
    constraint indicator_level_name_uq unique (indicator_code, name_vi)
);

create table document (
    id            bigint generated always as identity primary key,
    province_id   bigint       not null references province (id),
    number        varchar(60)  not null check (length(trim(number)) > 0),
    kind          varchar(30)  not null check (kind in ('RESOLUTION', 'ACTION_PROGRAMME', 'DECISION', 'PLAN', 'REPORT')),
    issuing_body  varchar(200) not null,
    issue_date    date         not null,
    title         varchar(1000) not null check (length(trim(title)) > 0),
    period_from   int,
    period_to     int,
    source        varchar(1000) not null,
    version       bigint       not null default 0,
    constraint document_number_uq unique (province_id, number),
    constraint document_period_ck check (period_from is null or period_to is null or period_from <= period_to),
    constraint document_period_years_ck check ((period_from is null or period_from between 1990 and 2100)
                                             and (period_to is null or period_to between 1990 and 2100))
);

create table target (
    id               bigint generated always as identity primary key,
    document_id      bigint        not null references document (id) on delete cascade,
    indicator_code   varchar(60)   not null,
    indicator_kind   varchar(10)   not null,
    comparison       varchar(20)   not null check (comparison in
                         ('AT_LEAST', 'MORE_THAN', 'AT_MOST', 'RANK_AT_BEST', 'REDUCE_BY_PERCENT', 'GROUP_AT_LEAST')),
    threshold_value  numeric(14, 4),
    threshold_level  varchar(100),
    deadline_year    int           not null check (deadline_year between 1990 and 2100),
    baseline_year    int           check (baseline_year between 1990 and 2100),
    baseline_value   numeric(14, 4),
    scope_note       varchar(500),
    sentence         text          not null check (length(trim(sentence)) > 0),
    source           varchar(1000),
    position         int           not null default 0,
    version          bigint        not null default 0,
    constraint target_indicator_fk foreign key (indicator_code, indicator_kind) references indicator (code, unit_kind) on update cascade,
    constraint target_level_fk foreign key (indicator_code, threshold_level) references indicator_level (indicator_code, name_vi),
    -- a group target names a level; every other target names a number
    constraint target_threshold_shape_ck check (
        (comparison = 'GROUP_AT_LEAST' and threshold_level is not null and threshold_value is null)
        or (comparison <> 'GROUP_AT_LEAST' and threshold_level is null and threshold_value is not null)),
    constraint target_group_kind_ck check ((comparison = 'GROUP_AT_LEAST') = (indicator_kind = 'GROUP')),
    constraint target_rank_kind_ck check (comparison <> 'RANK_AT_BEST' or indicator_kind = 'RANK'),
    constraint target_reduce_ck check (comparison <> 'REDUCE_BY_PERCENT'
        or (baseline_year is not null and threshold_value > 0 and threshold_value <= 100)),
    constraint target_baseline_before_deadline_ck check (baseline_year is null or baseline_year < deadline_year),
    constraint target_baseline_value_needs_year_ck check (baseline_value is null or baseline_year is not null)
);
create index target_document_idx on target (document_id);
create index target_indicator_idx on target (indicator_code);

create table measurement (
    id             bigint generated always as identity primary key,
    province_id    bigint        not null references province (id),
    indicator_code varchar(60)   not null,
    indicator_kind varchar(10)   not null,
    year           int           not null check (year between 1990 and 2100),
    value_number   numeric(14, 4),
    value_level    varchar(100),
    source         varchar(1000) not null check (length(trim(source)) > 0),
    note           varchar(1000),
    created_by     varchar(100)  not null,
    created_at     timestamptz   not null default now(),
    updated_by     varchar(100)  not null,
    updated_at     timestamptz   not null default now(),
    version        bigint        not null default 0,
    constraint measurement_indicator_fk foreign key (indicator_code, indicator_kind) references indicator (code, unit_kind) on update cascade,
    constraint measurement_level_fk foreign key (indicator_code, value_level) references indicator_level (indicator_code, name_vi),
    constraint measurement_uq unique (province_id, indicator_code, year),
    constraint measurement_value_shape_ck check (
        (indicator_kind = 'GROUP' and value_level is not null and value_number is null)
        or (indicator_kind <> 'GROUP' and value_level is null and value_number is not null))
);
create index measurement_indicator_idx on measurement (indicator_code, year);

-- Numeric ranges live on the indicator, so they are checked by trigger on every write of a dependant.
-- Functions pin the search path they were created with, so triggers work for any client's search path.
create function check_value_in_indicator_range(p_indicator varchar, p_value numeric, p_what text)
    returns void language plpgsql set search_path from current as
$$
declare
    r indicator%rowtype;
begin
    if p_value is null then
        return;
    end if;
    select * into r from indicator where code = p_indicator;
    if (r.min_value is not null and p_value < r.min_value) or (r.max_value is not null and p_value > r.max_value) then
        raise exception '% % is outside the valid range [%, %] of indicator %',
            p_what, p_value, coalesce(r.min_value::text, '-inf'), coalesce(r.max_value::text, '+inf'), p_indicator
            using errcode = '23514';
    end if;
end;
$$;

create function measurement_range_trg() returns trigger language plpgsql set search_path from current as
$$
begin
    perform check_value_in_indicator_range(new.indicator_code, new.value_number, 'value');
    return new;
end;
$$;
create trigger measurement_range before insert or update on measurement
    for each row execute function measurement_range_trg();

create function target_range_trg() returns trigger language plpgsql set search_path from current as
$$
begin
    -- a reduction threshold is a percentage of the baseline, not a value of the indicator
    if new.comparison <> 'REDUCE_BY_PERCENT' then
        perform check_value_in_indicator_range(new.indicator_code, new.threshold_value, 'threshold');
    end if;
    perform check_value_in_indicator_range(new.indicator_code, new.baseline_value, 'baseline');
    return new;
end;
$$;
create trigger target_range before insert or update on target
    for each row execute function target_range_trg();
