#!/usr/bin/env python3
"""Generates src/main/resources/db/shipped/V61__published_index_results.sql from published-indices.csv.

One value per (province, indicator, year): the most official source wins (see README.md in this folder). Run from the
project root:  python3 data/published/generate_shipped_sql.py
The build never runs this; the generated migration is checked in, and a migration on main is never edited again.
"""
import csv
import os
import re
from collections import defaultdict
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "published-indices.csv")
TARGET = os.path.join(HERE, "..", "..", "src", "main", "resources", "db", "shipped", "V61__published_index_results.sql")

INDICATOR = {
    ("PCI", "score"): ("PCI_SCORE", "SCORE"), ("PCI", "rank"): ("PCI_RANK", "RANK"), ("PCI", "group"): ("PCI_GROUP", "GROUP"),
    ("PAPI", "score"): ("PAPI_SCORE", "SCORE"), ("PAPI", "rank"): ("PAPI_RANK", "RANK"), ("PAPI", "group"): ("PAPI_GROUP", "GROUP"),
    ("PAR_INDEX", "score"): ("PAR_INDEX_SCORE", "SCORE"), ("PAR_INDEX", "rank"): ("PAR_INDEX_RANK", "RANK"),
    ("SIPAS", "score"): ("SIPAS", "PERCENT"), ("SIPAS", "rank"): ("SIPAS_RANK", "RANK"),
}

# what the index is and who publishes it
PUBLICATION = {
    "PCI": "PCI {year} của VCCI",
    "PAPI": "PAPI {year} của UNDP",
    "PAR_INDEX": "Chỉ số CCHC (PAR Index) {year} của Bộ Nội vụ",
    "SIPAS": "SIPAS {year} của Bộ Nội vụ",
}

OFFICIAL, PRESS, AGGREGATOR = 1, 2, 3
DERIVED = 4

# host -> (publisher as a reader knows it, tier): government portals and the publishers' own sites first,
# then the press, then aggregators that republish others' articles
SITES = {
    "pcivietnam.vn": ("VCCI", OFFICIAL),
    "www.pcivietnam.vn": ("VCCI", OFFICIAL),
    "news.gov.vn": ("Cổng Thông tin điện tử Chính phủ", OFFICIAL),
    "en.baochinhphu.vn": ("Báo Điện tử Chính phủ", OFFICIAL),
    "daknong.gov.vn": ("Cổng Thông tin điện tử tỉnh Đắk Nông", OFFICIAL),
    "bqlkcn.daknong.gov.vn": ("Ban Quản lý các khu công nghiệp tỉnh Đắk Nông", OFFICIAL),
    "thuathienhue.gov.vn": ("Cổng Thông tin điện tử tỉnh Thừa Thiên Huế", OFFICIAL),
    "tinhuyquangtri.vn": ("Cổng Thông tin điện tử Tỉnh ủy Quảng Trị", OFFICIAL),
    "sonoivu.namdinh.gov.vn": ("Sở Nội vụ tỉnh Nam Định", OFFICIAL),
    "doanhnghiep.vinhphuc.gov.vn": ("Cổng Thông tin doanh nghiệp tỉnh Vĩnh Phúc", OFFICIAL),
    "sct.longan.gov.vn": ("Sở Công Thương tỉnh Long An", OFFICIAL),
    "en.binhthuan.gov.vn": ("Cổng Thông tin điện tử tỉnh Bình Thuận", OFFICIAL),
    "investinquangninh.vn": ("Trung tâm Xúc tiến đầu tư tỉnh Quảng Ninh", OFFICIAL),
    "news.baothuathienhue.vn": ("Báo Thừa Thiên Huế", PRESS),
    "news.huengaynay.vn": ("Báo Huế ngày nay", PRESS),
    "vietnamnet.vn": ("VietNamNet", PRESS),
    "baotayninh.vn": ("Báo Tây Ninh", PRESS),
    "en.baohoabinh.com.vn": ("Báo Hòa Bình", PRESS),
    "baophapluat.vn": ("Báo Pháp luật Việt Nam", PRESS),
    "baobariavungtau.com.vn": ("Báo Bà Rịa - Vũng Tàu", PRESS),
    "fr.vietnamplus.vn": ("VietnamPlus (TTXVN)", PRESS),
    "en.vietnamplus.vn": ("VietnamPlus (TTXVN)", PRESS),
    "betaen.vietnamplus.vn": ("VietnamPlus (TTXVN)", PRESS),
    "es.nhandan.vn": ("Báo Nhân Dân", PRESS),
    "baonghean.vn": ("Báo Nghệ An", PRESS),
    "m.hanoitimes.vn": ("Hanoi Times", PRESS),
    "nvsk.vnanet.vn": ("Thông tấn xã Việt Nam (vnanet.vn)", PRESS),
    "infographics.vn": ("Infographics.vn (TTXVN)", PRESS),
    "baoninhthuan.com.vn": ("Báo Ninh Thuận", PRESS),
    "en.doanhnghiephoinhap.vn": ("Doanh nghiệp Hội nhập", PRESS),
    "doanhnghiephoinhap.vn": ("Doanh nghiệp Hội nhập", PRESS),
    "thuonghieucongluan.com.vn": ("Thương hiệu và Công luận", PRESS),
    "doanhnghieptiepthi.vn": ("Doanh nghiệp và Tiếp thị", PRESS),
    "baobinhduong.vn": ("Báo Bình Dương", PRESS),
    "www.truyenhinhdaknong.vn": ("Đài Phát thanh và Truyền hình Đắk Nông", PRESS),
    "en.baodienbienphu.com.vn": ("Báo Điện Biên Phủ", PRESS),
    "en.sggp.org.vn": ("Báo Sài Gòn Giải Phóng", PRESS),
    "quochoitv.vn": ("Truyền hình Quốc hội", PRESS),
    "baohomnay.com": ("Báo Hôm nay (baohomnay.com)", AGGREGATOR),
    "lite.baomoi.com": ("Báo Mới (baomoi.com)", AGGREGATOR),
    "baomoi.com": ("Báo Mới (baomoi.com)", AGGREGATOR),
    "vietnam.vn": ("vietnam.vn", AGGREGATOR),
    "www.vietnam.vn": ("vietnam.vn", AGGREGATOR),
    "thongtin.vietnam.vn": ("vietnam.vn", AGGREGATOR),
    "www.vietmaz.com": ("Vietmaz", AGGREGATOR),
    "gilimexip.com": ("Gilimex IP (gilimexip.com)", AGGREGATOR),
    "shipbolt.vn": ("Shipbolt (shipbolt.vn)", AGGREGATOR),
    "nhonhoiip.com.vn": ("Khu công nghiệp Nhơn Hội (nhonhoiip.com.vn)", AGGREGATOR),
    "xanhx.vn": ("xanhx.vn", AGGREGATOR),
}

# Known conflicts the data README settles: (code, index, measure, year) -> the value to ship
RESOLVED = {
    ("31", "PAR_INDEX", "score", "2023"): "91.87",  # government portal over 91.81
    ("45", "PCI", "score", "2023"): "63.23",  # over 63.26
}


def derived(row):
    return row["quote"].startswith("[derived]")


def describe(row):
    """(publisher, source text, tier) of a row."""
    url, index, year = row["source_url"], row["index"], row["year"]
    host = urlparse(url).netloc
    if host == "github.com":
        repo = "/".join(urlparse(url).path.split("/")[1:3])
        file = re.sub(r"%20", " ", url.rsplit("/", 1)[1])
        if index == "PCI":
            text = f"VCCI – PCI {year}, bảng xếp hạng (tệp {file} của VCCI, bản sao trên GitHub {repo})"
            return "VCCI", text, OFFICIAL
        dims = "6" if int(year) < 2018 else "8"
        if derived(row):
            text = (f"UNDP – PAPI {year}, điểm {dims} chỉ số nội dung (tệp {file} của UNDP, bản sao trên GitHub {repo})"
                    if repo == "mdtrinh/vietnam_elections"
                    else f"UNDP – PAPI {year}, điểm các chỉ số nội dung thành phần (bảng {file}, bản sao trên GitHub {repo})")
            return "UNDP", text, DERIVED
        return "UNDP", f"UNDP – PAPI {year}, bảng điểm các tỉnh (tệp {file} của UNDP, bản sao trên GitHub {repo})", OFFICIAL
    publisher, tier = SITES[host]
    publication = PUBLICATION[index].format(year=year)
    if publisher == "VCCI":
        return publisher, f"VCCI – PCI {year} (pcivietnam.vn)", tier
    return publisher, f"{publisher} – bài về {publication}", tier


def decimals(value):
    return len(value.split(".")[1]) if "." in value else 0


def sql(text):
    return "null" if text is None else "'" + text.replace("'", "''") + "'"


def main():
    with open(SOURCE, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    groups = defaultdict(list)
    for row in rows:
        groups[(row["province_code"], row["index"], row["measure"], row["year"])].append(row)
    chosen = []
    for key, candidates in groups.items():
        ranked = sorted(
            enumerate(candidates),
            key=lambda ic: (describe(ic[1])[2], -decimals(ic[1]["value"]), ic[0]))
        best = ranked[0][1]
        if key in RESOLVED:
            best = next(c for c in candidates if c["value"] == RESOLVED[key])
        others = [c for c in candidates if c is not best]
        publisher, source, tier = describe(best)
        code, kind = INDICATOR[(key[1], key[2])]
        note = best["quote"]
        if derived(best):
            dims = "6" if int(key[3]) < 2018 else "8"
            note = f"Giá trị tính toán: tổng {dims} chỉ số nội dung PAPI công bố (không in sẵn trong nguồn). " + note
        if others:
            also = "; ".join(
                f"{describe(o)[0]} ({o['value']}{', tính toán' if derived(o) else ''}, {o['source_url']})" for o in others)
            note += " — Cũng công bố: " + also
        note = note[:1000]
        chosen.append((key, code, kind, best["value"], source, best["source_url"], publisher, note, derived(best)))

    counts = defaultdict(int)
    for c in chosen:
        counts[c[1]] += 1
    out = []
    out.append("""-- Published results of PCI (VCCI), PAPI (UNDP/CECODES), the PAR Index and SIPAS (Bộ Nội vụ), 2016–2024: one value
-- per (province, indicator, year). GENERATED by data/published/generate_shipped_sql.py from
-- data/published/published-indices.csv (%d rows, %d values after de-duplication); see data/published/README.md.
--
--  * The unit is the one that carried the code in the year (province.ProvinceUnits' rule: it existed in the year,
--    the newer one if two did). The last block fails the migration if any value found no unit.
--  * A value already stored for the same unit, indicator and year (Đắk Nông's shipped results of V3, or a value an
--    editor entered) is kept: the publication does not overwrite it.
--  * Written as the one writer writes: created_by/updated_by 'system', one CREATE audit row per value with origin
--    'shipped data: published indices'. The years are not approved (approval is the provinces' own step); an
--    approved year still gets its published values, so the approval lock steps aside for this transaction.

alter table measurement disable trigger measurement_approval_lock;

create temporary table published_result (
    province_code  varchar(3)    not null,
    indicator_code varchar(60)   not null,
    indicator_kind varchar(10)   not null,
    year           int           not null,
    value_text     varchar(100)  not null,
    source         varchar(1000) not null,
    source_url     varchar(1000) not null,
    publisher      varchar(200)  not null,
    note           varchar(1000) not null,
    computed       boolean       not null
);
""" % (len(rows), len(chosen)))
    out.append("insert into published_result values")
    lines = []
    for (key, code, kind, value, source, url, publisher, note, comp) in sorted(chosen, key=lambda c: (c[1], c[0][3], c[0][0])):
        lines.append(f"    ({sql(key[0])}, {sql(code)}, {sql(kind)}, {key[3]}, {sql(value)}, {sql(source)}, {sql(url)}, "
                     f"{sql(publisher)}, {sql(note)}, {'true' if comp else 'false'})")
    out.append(",\n".join(lines) + ";\n")
    out.append("""
-- every value's unit: the one under the code that existed in the year, the newer one if two did
create temporary table published_unit as
select distinct on (r.province_code, r.indicator_code, r.year) r.*, p.id as province_id
from published_result r
  join province p on p.code = r.province_code
                 and (p.valid_from is null or extract(year from p.valid_from) <= r.year)
                 and (p.valid_to is null or extract(year from p.valid_to) >= r.year)
order by r.province_code, r.indicator_code, r.year, p.valid_from desc nulls last;

create temporary table published_written (id bigint, province_code varchar(3), indicator_code varchar(60), year int,
                                          value_text varchar(100), source varchar(1000), note varchar(1000));

with written as (
    insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, value_level, source,
                             source_url, source_publisher, note, computed, created_by, updated_by)
    select u.province_id, u.indicator_code, u.indicator_kind, u.year,
           case when u.indicator_kind = 'GROUP' then null else u.value_text::numeric end,
           case when u.indicator_kind = 'GROUP' then u.value_text end,
           u.source, u.source_url, u.publisher, u.note, u.computed, 'system', 'system'
    from published_unit u
    on conflict (province_id, indicator_code, year) do nothing
    returning id, province_id, indicator_code, year, source, note
)
insert into published_written
select w.id, p.code, w.indicator_code, w.year, u.value_text, w.source, w.note
from written w
  join province p on p.id = w.province_id
  join published_unit u on u.province_id = w.province_id and u.indicator_code = w.indicator_code and u.year = w.year;

insert into audit_event (actor, entity_type, entity_id, province_code, indicator_code, year, action, new_value, origin)
select 'system', 'MEASUREMENT', w.id, w.province_code, w.indicator_code, w.year, 'CREATE',
       json_build_object('value', w.value_text, 'source', w.source, 'note', w.note),
       'shipped data: published indices'
from published_written w
order by w.id;

alter table measurement enable trigger measurement_approval_lock;

-- Self-check: every published value found its unit and is stored (now, or before under the same key).
do $$
declare
    n int;
begin
    select count(*) into n from published_result r
    where not exists (select 1 from published_unit u
                      where u.province_code = r.province_code and u.indicator_code = r.indicator_code and u.year = r.year);
    if n > 0 then
        raise exception 'published results: % values found no administrative unit in their year', n;
    end if;
    select count(*) into n from published_unit u
    where not exists (select 1 from measurement m
                      where m.province_id = u.province_id and m.indicator_code = u.indicator_code and m.year = u.year);
    if n > 0 then
        raise exception 'published results: % values were not stored', n;
    end if;
    select count(*) into n from published_result;
    if n <> EXPECTED then
        raise exception 'published results: expected EXPECTED values, found %', n;
    end if;
end
$$;

drop table published_written;
drop table published_unit;
drop table published_result;
""".replace("EXPECTED", str(len(chosen))))
    with open(TARGET, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(f"{len(rows)} rows, {len(chosen)} values -> {os.path.relpath(TARGET)}")
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")


if __name__ == "__main__":
    main()
