-- The four periods of 2024–2030 with the default windows and due dates of Công văn 581/BNV-CCHC (PeriodKind holds the
-- same rule in Java; an admin may move them, further years are created from PeriodKind).
insert into reporting_period (year, kind, window_from, window_to, due_date)
select y, k.kind,
       case when k.kind = 'M9' then make_date(y, 6, 15) else make_date(y - 1, 12, 15) end,
       make_date(y, k.end_month, 14),
       make_date(y, k.end_month, 20)
from generate_series(2024, 2030) as y
cross join (values ('Q1', 3), ('H1', 6), ('M9', 9), ('YEAR', 12)) as k (kind, end_month)
order by y, k.end_month;
