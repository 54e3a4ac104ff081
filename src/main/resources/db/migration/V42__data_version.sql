-- A counter of committed changes to what the dashboards show. Every application instance reads it before serving a
-- cached page (support.cache.PageCache), so a page cached on one instance is never served after any instance, or
-- anyone with psql, changed the data underneath it.
create table data_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into data_version (id, version) values (true, 0);

-- One row per writing transaction, while it runs; removed again when it commits.
create table data_change (
    txid xid8 primary key
);

-- After every statement that changes shown data: note the transaction, once (later statements find the row).
create function data_change_note_trg() returns trigger language plpgsql set search_path from current as
$$
begin
    insert into data_change (txid) values (pg_current_xact_id()) on conflict do nothing;
    return null;
end;
$$;

-- At commit, once per writing transaction: bump the counter. Taking the counter's row lock last, when the
-- transaction does nothing else, keeps writers from deadlocking on it; and because the bump commits with the data,
-- a reader who sees the new version also sees the new data.
create function data_change_commit_trg() returns trigger language plpgsql set search_path from current as
$$
begin
    update data_version set version = version + 1;
    delete from data_change where txid = new.txid;
    return null;
end;
$$;
create constraint trigger data_change_commit after insert on data_change
    deferrable initially deferred
    for each row execute function data_change_commit_trg();

do $$
declare
    shown text;
begin
    foreach shown in array array['province', 'reform_area', 'indicator', 'indicator_level', 'document', 'target',
                                 'measurement', 'result_approval']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I
                            for each statement execute function data_change_note_trg()', shown || '_data_change', shown);
    end loop;
end;
$$;
