-- Importing a published national table (issue 12, item 6).

-- The form an admin filled in with the file: the index, the year and the source, kept beside the upload until it is
-- confirmed or cancelled (deleted with it, and by the uploads' purge).
create table publication_upload (
    token       varchar(64)   primary key references import_upload (token) on delete cascade,
    family      varchar(20)   not null check (family in ('PCI', 'PAPI', 'PAR_INDEX', 'SIPAS')),
    year        int           not null check (year between 1990 and 2100),
    publisher   varchar(200)  not null check (length(trim(publisher)) > 0),
    publication varchar(1000) not null check (length(trim(publication)) > 0),
    url         varchar(1000) check (url ~ '^https?://[^[:space:]]+$')
);

-- A writer that states every row's address itself (the one writer, MeasurementWriteService, sets
-- cchc.provenance_stated for its own statement) may keep an address while it changes the source: a new publication
-- of the same page. Every other writer is still judged by V60's rule.
create or replace function measurement_provenance_trg() returns trigger language plpgsql set search_path from current as
$$
begin
    if new.source is distinct from old.source and new.source_url is not distinct from old.source_url
            and coalesce(current_setting('cchc.provenance_stated', true), '') <> 'on' then
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
