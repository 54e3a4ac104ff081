-- Sources name the publication a document, target or value was taken from. The shipped data (V3) cited its source
-- material by internal file names, which users read on the pages and in the exports.
-- Every stored copy is rewritten: the shipped rows, rows whose source was copied from them (an entry, an import, a
-- restored backup), and the before/after values of the audit trail, which the history pages show. Titles and dates
-- are those V3's citations give. Runs on every installation; one without the shipped data has nothing to rewrite.

-- A citation's wording is corrected, not the recorded change or value: the audit trail's append-only guard and the
-- approval lock step aside for this one transaction.
alter table audit_event disable trigger audit_event_append_only;
alter table measurement disable trigger measurement_approval_lock;

-- The citation as shipped becomes the publication; a file name left in an edited copy becomes the publication too,
-- the words added to it stay.
create function pg_temp.naming_the_publication(source text, file text, shipped text, publication text) returns text
    language sql immutable as
$$
    select replace(replace(source, shipped, publication), file, publication)
$$;

do $$
declare
    p record;
    shipped_json text;
    publication_json text;
begin
    for p in select * from (values
        ('Seed 000_5fc38e49d16a28b0.txt',
         'Seed 000_5fc38e49d16a28b0.txt — bài "Đắk Nông tăng cường lãnh đạo cải cách hành chính", cập nhật 30/11/2022; bài viết nói Tỉnh ủy "vừa ban hành" Nghị quyết, không nêu ngày ký: ngày ban hành theo bài báo 30/11/2022',
         'Bài "Đắk Nông tăng cường lãnh đạo cải cách hành chính", cập nhật 30/11/2022; bài viết nói Tỉnh ủy "vừa ban hành" Nghị quyết, không nêu ngày ký: ngày ban hành theo bài báo 30/11/2022'),
        ('Seed 001_92e72320ca491c32.txt',
         'Seed 001_92e72320ca491c32.txt — bài "Bình Định quyết tâm đẩy mạnh cải cách thủ tục hành chính, lấy người dân làm trung tâm, lấy sự hài lòng của người dân, tổ chức, doanh nghiệp làm thước đo đánh giá chất lượng hoạt động của bộ máy hành chính nhà nước trong giai đoạn 2020 – 2025", binhdinh.gov.vn (bài không ghi ngày đăng)',
         'Cổng thông tin điện tử tỉnh Bình Định (binhdinh.gov.vn), "Bình Định quyết tâm đẩy mạnh cải cách thủ tục hành chính, lấy người dân làm trung tâm, lấy sự hài lòng của người dân, tổ chức, doanh nghiệp làm thước đo đánh giá chất lượng hoạt động của bộ máy hành chính nhà nước trong giai đoạn 2020 – 2025" (bài không ghi ngày đăng)'),
        ('Seed 002_0e2da2d79aeb423e.txt',
         'Seed 002_0e2da2d79aeb423e.txt — bài "Những chuyển biến tích cực trong cải cách hành chính ở Đắk Nông", 09/12/2024',
         'Báo Đắk Nông, "Những chuyển biến tích cực trong cải cách hành chính ở Đắk Nông", 09/12/2024'),
        ('Seed 003_b3d9a6a0f236aeb7.txt',
         'Seed 003_b3d9a6a0f236aeb7.txt — bài "Ban hành Nghị quyết về quyết tâm thực hiện các giải pháp cải thiện, nâng cao Chỉ số Cải cách hành chính (PARINDEX), Chỉ số hài lòng của người dân và tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) và Chỉ số Hiệu quả quản trị và hành chính công (PAPI) trên địa bàn tỉnh Quảng Trị đến năm 2025", Cổng thông tin điện tử Sở Khoa học và Công nghệ Quảng Trị, ngày đăng 30/06/2023',
         'Cổng thông tin điện tử Sở Khoa học và Công nghệ Quảng Trị, "Ban hành Nghị quyết về quyết tâm thực hiện các giải pháp cải thiện, nâng cao Chỉ số Cải cách hành chính (PARINDEX), Chỉ số hài lòng của người dân và tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) và Chỉ số Hiệu quả quản trị và hành chính công (PAPI) trên địa bàn tỉnh Quảng Trị đến năm 2025", 30/06/2023'),
        ('Seed 004_a584e601cd85cf55.txt',
         'Seed 004_a584e601cd85cf55.txt — bài "Kế hoạch cải cách hành chính năm 2019", ngày cập nhật 17/01/2019',
         'Bài "Kế hoạch cải cách hành chính năm 2019", ngày cập nhật 17/01/2019')
    ) as v (file, shipped, publication)
    loop
        shipped_json := to_json(p.shipped)::text;
        shipped_json := substr(shipped_json, 2, length(shipped_json) - 2);
        publication_json := to_json(p.publication)::text;
        publication_json := substr(publication_json, 2, length(publication_json) - 2);
        update document set source = pg_temp.naming_the_publication(source, p.file, p.shipped, p.publication),
                            version = version + 1
        where strpos(source, p.file) > 0;
        update target set source = pg_temp.naming_the_publication(source, p.file, p.shipped, p.publication),
                          version = version + 1
        where strpos(source, p.file) > 0;
        update measurement set source = pg_temp.naming_the_publication(source, p.file, p.shipped, p.publication),
                               version = version + 1
        where strpos(source, p.file) > 0;
        -- audit values are JSON text as written, field order kept: the same in JSON-escaped form
        update audit_event
        set old_value = pg_temp.naming_the_publication(old_value::text, p.file, shipped_json, publication_json)::json,
            new_value = pg_temp.naming_the_publication(new_value::text, p.file, shipped_json, publication_json)::json
        where strpos(old_value::text, p.file) > 0 or strpos(new_value::text, p.file) > 0;
    end loop;
end;
$$;

alter table measurement enable trigger measurement_approval_lock;
alter table audit_event enable trigger audit_event_append_only;
drop function pg_temp.naming_the_publication(text, text, text, text);
