-- Accounts and their roles. Editors are bound to provinces by GSO code, so a binding survives a change of name or
-- kind under the same code (Thừa Thiên Huế → Huế, both 46).
create table account (
    id              bigint generated always as identity primary key,
    username        varchar(60)  not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,59}$'),
    password_hash   varchar(100) not null check (length(password_hash) >= 50),
    display_name    varchar(120) not null check (length(trim(display_name)) > 0),
    role            varchar(10)  not null check (role in ('ADMIN', 'EDITOR', 'VIEWER')),
    -- may approve the yearly results of the provinces the account is bound to
    approver        boolean      not null default false,
    enabled         boolean      not null default true,
    failed_attempts int          not null default 0 check (failed_attempts >= 0),
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    constraint account_username_uq unique (username)
);

create table account_province (
    account_id    bigint     not null references account (id) on delete cascade,
    province_code varchar(3) not null check (province_code ~ '^[0-9]{2,3}$'),
    primary key (account_id, province_code)
);

-- province.code is not unique (a code outlives renames), so the binding is checked by trigger, not foreign key
create function account_province_code_trg() returns trigger language plpgsql set search_path from current as
$$
begin
    if not exists (select 1 from province where code = new.province_code) then
        raise exception 'no province has the code %', new.province_code using errcode = '23503';
    end if;
    return new;
end;
$$;
create trigger account_province_code before insert or update on account_province
    for each row execute function account_province_code_trg();
