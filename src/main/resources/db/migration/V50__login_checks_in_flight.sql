-- Password checks under way for an account, counted apart from the confirmed failures: together they may not exceed
-- the lockout's budget, but only confirmed failures lock. in_flight_since is the time of the latest admitted check;
-- when it is older than a minute, the checks counted are taken as gone (an instance died mid-check).
alter table account
    add column checks_in_flight int not null default 0 check (checks_in_flight >= 0),
    add column in_flight_since  timestamptz;
