-- What the published national indices need (issue 12, item 2): the scores that were missing from the catalogue,
-- the method changes that make years incomparable, and, on every result, the address of its source and whether
-- the value was computed rather than printed.

-- PCI (VCCI) and PAPI (UNDP/CECODES) totals, and the SIPAS rank. The PAR Index score and rank, the SIPAS percentage
-- and the PAPI and PCI ranks and groups were already in the catalogue (V2) and keep their codes.
-- PAPI totals: 6 dimensions until 2017 (at most 60 points), 8 from 2018 (at most 80), so the range holds both.
insert into indicator (code, name_vi, name_en, reform_area_code, unit_kind, direction, min_value, max_value) values
    ('PCI_SCORE', 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) – điểm', 'PCI score', 'DIRECTION', 'SCORE', 'HIGHER_IS_BETTER', 0, 100),
    ('PAPI_SCORE', 'Chỉ số PAPI – tổng điểm', 'PAPI total score', 'DIRECTION', 'SCORE', 'HIGHER_IS_BETTER', 0, 80),
    ('SIPAS_RANK', 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) – thứ hạng', 'SIPAS rank', 'DIRECTION', 'RANK', 'LOWER_IS_BETTER', 1, 63);

-- A change of method from a year on: values before that year and from it on are not comparable.
create table indicator_method_change (
    indicator_code varchar(60)  not null references indicator (code) on delete cascade,
    year           int          not null check (year between 1990 and 2100),
    note_vi        varchar(500) not null check (length(trim(note_vi)) > 0),
    note_en        varchar(500) not null check (length(trim(note_en)) > 0),
    primary key (indicator_code, year)
);
create trigger indicator_method_change_data_change after insert or update or delete or truncate on indicator_method_change
    for each statement execute function data_change_note_trg();

insert into indicator_method_change (indicator_code, year, note_vi, note_en)
select c.code, m.year, m.note_vi, m.note_en
from (values
    ('PAPI', 2018,
     'Từ năm 2018 PAPI có 8 chỉ số nội dung (tối đa 80 điểm); đến năm 2017 có 6 (tối đa 60 điểm). Kết quả trước và từ năm 2018 không so sánh trực tiếp được.',
     'From 2018 PAPI has 8 dimensions (at most 80 points); until 2017 it had 6 (at most 60). Results before 2018 and from 2018 on are not directly comparable.'),
    ('SIPAS', 2022,
     'SIPAS đổi phương pháp đo từ năm 2022. Kết quả trước và từ năm 2022 không so sánh trực tiếp được.',
     'SIPAS changed its method in 2022. Results before 2022 and from 2022 on are not directly comparable.'),
    ('PAR_INDEX', 2024,
     'Bộ tiêu chí Chỉ số cải cách hành chính được sửa đổi cho năm 2024. Kết quả trước và từ năm 2024 không so sánh trực tiếp được.',
     'The PAR Index criteria were revised for 2024. Results before 2024 and from 2024 on are not directly comparable.')
) as m (family, year, note_vi, note_en)
join (values
    ('PAPI', 'PAPI_SCORE'), ('PAPI', 'PAPI_RANK'), ('PAPI', 'PAPI_GROUP'),
    ('SIPAS', 'SIPAS'), ('SIPAS', 'SIPAS_RANK'),
    ('PAR_INDEX', 'PAR_INDEX_SCORE'), ('PAR_INDEX', 'PAR_INDEX_RANK'),
    ('PAR_INDEX', 'PAR_DIRECTION_RANK'), ('PAR_INDEX', 'PAR_TTHC_RANK')
) as c (family, code) on c.family = m.family;

-- Where a result was published (the address a reader can open, and who published it there) and whether it was
-- computed from published figures (a PAPI total summed from its published dimension scores) instead of printed.
alter table measurement
    add column source_url varchar(1000) check (source_url ~ '^https?://[^[:space:]]+$'),
    add column source_publisher varchar(200) check (length(trim(source_publisher)) > 0),
    add column computed   boolean not null default false;

-- A writer that changes the source without giving an address, or the value without saying it is computed, is
-- entering a result of its own: the old address and the computed mark no longer describe it.
create function measurement_provenance_trg() returns trigger language plpgsql set search_path from current as
$$
begin
    if new.source is distinct from old.source and new.source_url is not distinct from old.source_url then
        new.source_url := null;
        new.source_publisher := null;
    end if;
    if (new.value_number is distinct from old.value_number or new.value_level is distinct from old.value_level)
            and new.computed is not distinct from old.computed then
        new.computed := false;
    end if;
    return new;
end;
$$;
create trigger measurement_provenance before update on measurement
    for each row execute function measurement_provenance_trg();
