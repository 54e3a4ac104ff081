-- The reporting cycle (Công văn 581/BNV-CCHC): periods with data windows and due dates, a province's submission of a
-- period and its review, provisional values, a narrative per target and period with attachments, explanation
-- requests and notifications. Accounts gain an e-mail address and the reviewer right.

alter table account add column email varchar(254)
    check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
-- reviewers (department heads, whatever their role) return or accept submitted periods and ask for explanations
alter table account add column reviewer boolean not null default false;

-- Q1, six months, nine months and the year of a calendar year; the defaults come from ReportingCalendar, an admin
-- may move a window or a due date.
create table reporting_period (
    id          bigint generated always as identity primary key,
    year        int         not null check (year between 1990 and 2100),
    kind        varchar(10) not null check (kind in ('Q1', 'H1', 'M9', 'YEAR')),
    window_from date        not null,
    window_to   date        not null,
    due_date    date        not null,
    version     bigint      not null default 0,
    constraint reporting_period_uq unique (year, kind),
    constraint reporting_period_window_ck check (window_from <= window_to)
);

-- A province's report for one period: draft -> submitted -> accepted, or returned with a comment (then draft again).
-- The unit is the row of `province` that carries the code in the period's year.
create table period_submission (
    id             bigint generated always as identity primary key,
    period_id      bigint        not null references reporting_period (id),
    province_id    bigint        not null references province (id),
    state          varchar(10)   not null default 'DRAFT'
                       check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    submitted_by   varchar(60),
    submitted_at   timestamptz,
    reviewed_by    varchar(60),
    reviewed_at    timestamptz,
    review_comment varchar(2000),
    version        bigint        not null default 0,
    constraint period_submission_uq unique (period_id, province_id),
    constraint period_submission_submitted_ck check (state = 'DRAFT' or (submitted_by is not null and submitted_at is not null)),
    constraint period_submission_reviewed_ck check (state not in ('RETURNED', 'ACCEPTED')
                                                    or (reviewed_by is not null and reviewed_at is not null)),
    constraint period_submission_return_comment_ck check (state <> 'RETURNED' or length(trim(review_comment)) > 0)
);

-- A value known during the year (at a period), shown as provisional; the yearly result in `measurement` replaces it.
create table provisional_measurement (
    id             bigint generated always as identity primary key,
    period_id      bigint        not null references reporting_period (id),
    province_id    bigint        not null references province (id),
    indicator_code varchar(60)   not null,
    indicator_kind varchar(10)   not null,
    value_number   numeric(14, 4),
    value_level    varchar(100),
    source         varchar(1000) not null check (length(trim(source)) > 0),
    note           varchar(1000),
    created_by     varchar(100)  not null,
    created_at     timestamptz   not null default now(),
    updated_by     varchar(100)  not null,
    updated_at     timestamptz   not null default now(),
    version        bigint        not null default 0,
    constraint provisional_measurement_indicator_fk foreign key (indicator_code, indicator_kind)
        references indicator (code, unit_kind) on update cascade,
    constraint provisional_measurement_level_fk foreign key (indicator_code, value_level)
        references indicator_level (indicator_code, name_vi),
    constraint provisional_measurement_uq unique (period_id, province_id, indicator_code),
    constraint provisional_measurement_value_shape_ck check (
        (indicator_kind = 'GROUP' and value_level is not null and value_number is null)
        or (indicator_kind <> 'GROUP' and value_level is null and value_number is not null))
);
create index provisional_measurement_province_idx on provisional_measurement (province_id, indicator_code);

-- What the office writes about a target for a period: assessment, causes, next actions.
create table target_narrative (
    id           bigint generated always as identity primary key,
    period_id    bigint        not null references reporting_period (id),
    target_id    bigint        not null references target (id) on delete cascade,
    assessment   varchar(4000),
    causes       varchar(4000),
    next_actions varchar(4000),
    updated_by   varchar(60)   not null,
    updated_at   timestamptz   not null default now(),
    version      bigint        not null default 0,
    constraint target_narrative_uq unique (period_id, target_id),
    constraint target_narrative_not_empty_ck check (
        length(trim(coalesce(assessment, ''))) + length(trim(coalesce(causes, '')))
        + length(trim(coalesce(next_actions, ''))) > 0)
);
create index target_narrative_target_idx on target_narrative (target_id);

-- Evidence for a narrative: a PDF or an image of at most 10 MB whose bytes were checked on upload.
create table narrative_attachment (
    id           bigint generated always as identity primary key,
    narrative_id bigint        not null references target_narrative (id) on delete cascade,
    file_name    varchar(255)  not null check (length(trim(file_name)) > 0),
    content_type varchar(100)  not null
                     check (content_type in ('application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp')),
    size_bytes   int           not null check (size_bytes between 1 and 10485760),
    sha256       char(64)      not null,
    bytes        bytea         not null,
    uploaded_by  varchar(60)   not null,
    uploaded_at  timestamptz   not null default now(),
    constraint narrative_attachment_size_ck check (octet_length(bytes) = size_bytes)
);
create index narrative_attachment_narrative_idx on narrative_attachment (narrative_id);

-- A reviewer asks the province for an explanation of a target (as judged in a year); the province's editors reply.
create table explanation_request (
    id           bigint generated always as identity primary key,
    target_id    bigint        not null references target (id) on delete cascade,
    year         int           not null check (year between 1990 and 2100),
    question     varchar(2000) not null check (length(trim(question)) > 0),
    requested_by varchar(60)   not null,
    requested_at timestamptz   not null default now(),
    reply        varchar(4000),
    replied_by   varchar(60),
    replied_at   timestamptz,
    version      bigint        not null default 0,
    constraint explanation_request_reply_ck check (
        (reply is null and replied_by is null and replied_at is null)
        or (length(trim(reply)) > 0 and replied_by is not null and replied_at is not null))
);
create index explanation_request_target_idx on explanation_request (target_id);
create index explanation_request_open_idx on explanation_request (requested_at) where reply is null;

-- In-app notices for one account. `dedup_key` makes each reminder exist once whatever the number of instances; the
-- e-mail for a notice is sent at most once (`emailed_at` is set in the transaction that claims it).
create table notification (
    id          bigint generated always as identity primary key,
    account_id  bigint        not null references account (id) on delete cascade,
    kind        varchar(30)   not null check (kind in ('DUE_7_DAYS', 'DUE_3_DAYS', 'DUE_1_DAY', 'OVERDUE', 'RETURNED',
                                                       'EXPLANATION_REQUESTED', 'EXPLANATION_ANSWERED')),
    province_id bigint        references province (id),
    period_id   bigint        references reporting_period (id),
    explanation_request_id bigint references explanation_request (id) on delete cascade,
    dedup_key   varchar(200)  not null,
    created_at  timestamptz   not null default now(),
    read_at     timestamptz,
    emailed_at  timestamptz,
    constraint notification_dedup_uq unique (account_id, dedup_key)
);
create index notification_unread_idx on notification (account_id, created_at) where read_at is null;

alter table audit_event drop constraint audit_event_entity_type_check;
alter table audit_event add constraint audit_event_entity_type_check
    check (entity_type in ('DOCUMENT', 'TARGET', 'MEASUREMENT', 'APPROVAL', 'ACCOUNT', 'IMPORT', 'RESTORE',
                           'PERIOD', 'SUBMISSION', 'PROVISIONAL', 'NARRATIVE', 'ATTACHMENT', 'EXPLANATION'));
alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check
    check (action in ('CREATE', 'UPDATE', 'DELETE', 'APPROVE', 'REOPEN', 'SUBMIT', 'RETURN', 'ACCEPT', 'REPLY'));
