-- Shipped data set: the four provincial CCHC documents in /work/shared/seeds (see DOMAIN.md), every target
-- they state, and the values measured for Đắk Nông in the 09/12/2024 report (seed 002).
--
-- Conventions
--  * Provinces are looked up by (code, valid_from) (+ name, + kind for code 46 so the document binds to the
--    PROVINCE row "Thừa Thiên Huế", not the 2025 city row "Huế"); documents by (province, number). No ids are hard-coded.
--  * target.sentence is the sentence of the seed text that states the target, copied character for character
--    (the sources' own typos, e.g. "thù tục", "cấp xẵ", "ứng dụngvăn", "mạng' 100%", are kept). A sentence that
--    states several targets is repeated on each of them. target.position is the order in the document.
--  * "100%" and "hoàn thành" are AT_LEAST 100; "trên X%" is MORE_THAN X; "giảm X% … so với năm Y" is
--    REDUCE_BY_PERCENT X with baseline_year Y; ranks ("thứ hạng từ N trở lên", "nhóm N tỉnh … cao",
--    "nhóm 10 địa phương dẫn đầu") are RANK_AT_BEST N; groups are GROUP_AT_LEAST with the indicator_level name.
--  * target.source is set only when the target comes from another seed than its document (seed 002's 2025
--    targets, attached to Nghị quyết 20-NQ/TU).
--  * The last block re-counts what was inserted and fails the migration if anything was silently skipped.

-- 1. Documents --------------------------------------------------------------------------------------------

insert into document (province_id, number, kind, issuing_body, issue_date, title, period_from, period_to, source) values
    ((select id from province where code = '67' and valid_from = date '2004-01-01' and name_vi = 'Đắk Nông'),
     '20-NQ/TU', 'RESOLUTION', 'Tỉnh ủy Đắk Nông', date '2022-11-30',
     'về tăng cường sự lãnh đạo của Đảng đối với công tác cải cách hành chính đến năm 2025, định hướng đến năm 2030',
     2022, 2030,
     'Seed 000_5fc38e49d16a28b0.txt — bài "Đắk Nông tăng cường lãnh đạo cải cách hành chính", cập nhật 30/11/2022; bài viết nói Tỉnh ủy "vừa ban hành" Nghị quyết, không nêu ngày ký: ngày ban hành theo bài báo 30/11/2022'),
    ((select id from province where code = '52' and valid_from = date '1989-07-01' and name_vi = 'Bình Định'),
     '09-CTr/TU', 'ACTION_PROGRAMME', 'Tỉnh ủy Bình Định', date '2021-05-14',
     'thực hiện Nghị quyết Đại hội XX của Đảng bộ tỉnh, Nghị quyết Đại hội toàn quốc lần thứ XIII về cải cách hành chính, trọng tâm là tiếp tục đẩy mạnh cải cách thủ tục hành chính giai đoạn 2020 – 2025',
     2020, 2025,
     'Seed 001_92e72320ca491c32.txt — bài "Bình Định quyết tâm đẩy mạnh cải cách thủ tục hành chính, lấy người dân làm trung tâm, lấy sự hài lòng của người dân, tổ chức, doanh nghiệp làm thước đo đánh giá chất lượng hoạt động của bộ máy hành chính nhà nước trong giai đoạn 2020 – 2025", binhdinh.gov.vn (bài không ghi ngày đăng)'),
    ((select id from province where code = '45' and valid_from = date '1989-07-01' and name_vi = 'Quảng Trị'),
     '02-NQ/BCSĐ', 'RESOLUTION', 'Ban cán sự Đảng UBND tỉnh Quảng Trị', date '2023-06-27',
     'về việc quyết tâm thực hiện các giải pháp cải thiện, nâng cao Chỉ số Cải cách hành chính (PARINDEX), Chỉ số hài lòng của người dân và tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) và Chỉ số Hiệu quả quản trị và hành chính công (PAPI) trên địa bàn tỉnh Quảng Trị đến năm 2025',
     2023, 2025,
     'Seed 003_b3d9a6a0f236aeb7.txt — bài "Ban hành Nghị quyết về quyết tâm thực hiện các giải pháp cải thiện, nâng cao Chỉ số Cải cách hành chính (PARINDEX), Chỉ số hài lòng của người dân và tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) và Chỉ số Hiệu quả quản trị và hành chính công (PAPI) trên địa bàn tỉnh Quảng Trị đến năm 2025", Cổng thông tin điện tử Sở Khoa học và Công nghệ Quảng Trị, ngày đăng 30/06/2023'),
    ((select id from province where code = '46' and valid_from = date '1989-07-01' and kind = 'PROVINCE' and name_vi = 'Thừa Thiên Huế'),
     '2847/QĐ-UBND', 'DECISION', 'UBND tỉnh Thừa Thiên Huế', date '2018-12-07',
     'về kế hoạch cải cách hành chính (CCHC) năm 2019',
     2019, 2019,
     'Seed 004_a584e601cd85cf55.txt — bài "Kế hoạch cải cách hành chính năm 2019", ngày cập nhật 17/01/2019');

-- 2. Targets ----------------------------------------------------------------------------------------------

-- 20-NQ/TU, Đắk Nông (seed 000, then seed 002): 33 targets
insert into target (document_id, position, indicator_code, indicator_kind, comparison, threshold_value, threshold_level,
                    deadline_year, baseline_year, scope_note, sentence, source)
select d.id, t.position, t.indicator_code, t.indicator_kind, t.comparison, t.threshold_value::numeric, t.threshold_level,
       t.deadline_year, t.baseline_year::int, t.scope_note, t.sentence, t.source
from document d
join province p on p.id = d.province_id and p.code = '67' and p.valid_from = date '2004-01-01' and p.name_vi = 'Đắk Nông'
cross join (values
    (1, 'TTHC_ONLINE_L34_RATE', 'PERCENT', 'AT_LEAST', 80, null, 2025, null, null,
     'Cụ thể, về cải cách thể chế, đến năm 2025, Đắk Nông phấn đấu tối thiểu 80% thủ tục hành chính (TTHC) của các sở, ngành, địa phương có đủ điều kiện được cung cấp trực tuyến mức độ 3 và 4.',
     null),
    (2, 'TTHC_NATIONAL_PORTAL_RATE', 'PERCENT', 'AT_LEAST', 80, null, 2025, null, 'trong số TTHC cung cấp trực tuyến mức độ 3 và 4',
     'Trong đó, 80% TTHC được tích hợp, cung cấp trên Cổng dịch vụ công quốc gia.',
     null),
    (3, 'DOSSIER_ONLINE_RATE', 'PERCENT', 'AT_LEAST', 50, null, 2025, null, null,
     'Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3 và 4 trên tổng số hồ sơ đạt tối thiểu 50%.',
     null),
    (4, 'SATISFACTION_TTHC_RATE', 'PERCENT', 'AT_LEAST', 90, null, 2025, null, null,
     'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt tối thiểu 90%.',
     null),
    (5, 'SATISFACTION_TTHC_LAND_RATE', 'PERCENT', 'AT_LEAST', 85, null, 2025, null, 'lĩnh vực đất đai, xây dựng, đầu tư',
     'Trong đó, mức độ hài lòng về giải quyết TTHC các lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 85%.',
     null),
    (6, 'TTHC_ONLINE_L34_RATE', 'PERCENT', 'AT_LEAST', 90, null, 2030, null, null,
     'Đến năm 2030, tối thiểu 90% các TTHC của các sở, ngành, địa phương có đủ điều kiện được cung cấp trực tuyến mức độ 3 và 4, đồng thời hoàn thành việc tích hợp, cung cấp trên Cổng dịch vụ công quốc gia.',
     null),
    (7, 'TTHC_NATIONAL_PORTAL_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2030, null, 'trong số TTHC cung cấp trực tuyến mức độ 3 và 4',
     'Đến năm 2030, tối thiểu 90% các TTHC của các sở, ngành, địa phương có đủ điều kiện được cung cấp trực tuyến mức độ 3 và 4, đồng thời hoàn thành việc tích hợp, cung cấp trên Cổng dịch vụ công quốc gia.',
     null),
    (8, 'DOSSIER_ONLINE_RATE', 'PERCENT', 'AT_LEAST', 80, null, 2030, null, null,
     'Tỷ lệ giải quyết hồ sơ trực tuyến mức độ 3 và 4 của tỉnh đạt tối thiểu 80%.',
     null),
    (9, 'SATISFACTION_TTHC_RATE', 'PERCENT', 'AT_LEAST', 95, null, 2030, null, null,
     'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt tối thiểu 95%.',
     null),
    (10, 'SATISFACTION_TTHC_LAND_RATE', 'PERCENT', 'AT_LEAST', 90, null, 2030, null, 'lĩnh vực đất đai, xây dựng, đầu tư',
     'Trong đó, mức độ hài lòng về giải quyết TTHC các lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 90%.',
     null),
    (11, 'PUBLIC_SERVICE_UNITS', 'COUNT', 'REDUCE_BY_PERCENT', 10, null, 2025, 2021, null,
     'Về cải cách tổ chức bộ máy, đến năm 2025, Đắk Nông giảm tối thiểu bình quân 10% số lượng đơn vị sự nghiệp công lập; giảm 5% biên chế công chức; giảm 10% biên chế sự nghiệp hưởng lương từ ngân sách Nhà nước so với năm 2021.',
     null),
    (12, 'CIVIL_SERVANT_STAFFING', 'COUNT', 'REDUCE_BY_PERCENT', 5, null, 2025, 2021, null,
     'Về cải cách tổ chức bộ máy, đến năm 2025, Đắk Nông giảm tối thiểu bình quân 10% số lượng đơn vị sự nghiệp công lập; giảm 5% biên chế công chức; giảm 10% biên chế sự nghiệp hưởng lương từ ngân sách Nhà nước so với năm 2021.',
     null),
    (13, 'PUBLIC_EMPLOYEE_STAFFING', 'COUNT', 'REDUCE_BY_PERCENT', 10, null, 2025, 2021, null,
     'Về cải cách tổ chức bộ máy, đến năm 2025, Đắk Nông giảm tối thiểu bình quân 10% số lượng đơn vị sự nghiệp công lập; giảm 5% biên chế công chức; giảm 10% biên chế sự nghiệp hưởng lương từ ngân sách Nhà nước so với năm 2021.',
     null),
    (14, 'SIPAS', 'PERCENT', 'AT_LEAST', 90, null, 2025, null, null,
     'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan Nhà nước đạt tối thiểu 90%.',
     null),
    (15, 'SATISFACTION_HEALTH_EDU_RATE', 'PERCENT', 'AT_LEAST', 85, null, 2025, null, null,
     'Mức độ hài lòng của người dân về cung cấp dịch vụ y tế, giáo dục công lập đạt tối thiểu 85%.',
     null),
    (16, 'PUBLIC_EMPLOYEE_STAFFING', 'COUNT', 'REDUCE_BY_PERCENT', 10, null, 2030, 2025, null,
     'Đến năm 2030, tỉnh tiếp tục giảm bình quân 10% biên chế sự nghiệp hưởng lương từ ngân sách Nhà nước so với năm 2025.',
     null),
    (17, 'SIPAS', 'PERCENT', 'AT_LEAST', 95, null, 2030, null, null,
     'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan Nhà nước đạt tối thiểu 95%.',
     null),
    (18, 'SATISFACTION_HEALTH_EDU_RATE', 'PERCENT', 'AT_LEAST', 90, null, 2030, null, null,
     'Mức độ hài lòng của người dân về cung cấp dịch vụ y tế, giáo dục công lập đạt tối thiểu 90%.',
     null),
    (19, 'SELF_FINANCING_UNITS_RATE', 'PERCENT', 'AT_LEAST', 20, null, 2025, null, null,
     'Năm 2025, tối thiểu 20% đơn vị sự nghiệp công lập trên địa bàn tỉnh tự bảo đảm chi thường xuyên; 100% đơn vị sự nghiệp kinh tế và sự nghiệp khác có đủ điều kiện hoàn thành việc chuyển đổi thành công ty cổ phần hoặc chuyển sang tự bảo đảm chi thường xuyên và chi đầu tư.',
     null),
    (20, 'ECONOMIC_UNITS_CONVERTED_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2025, null, null,
     'Năm 2025, tối thiểu 20% đơn vị sự nghiệp công lập trên địa bàn tỉnh tự bảo đảm chi thường xuyên; 100% đơn vị sự nghiệp kinh tế và sự nghiệp khác có đủ điều kiện hoàn thành việc chuyển đổi thành công ty cổ phần hoặc chuyển sang tự bảo đảm chi thường xuyên và chi đầu tư.',
     null),
    (21, 'DIGITAL_DIRECTION_PLATFORM_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2025, null, null,
     'Về xây dựng và phát triển chính quyền số, đến năm 2025, 100% các hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan hành chính Nhà nước thực hiện trên nền tảng quản trị tổng thể thống nhất.',
     null),
    (22, 'DIGITAL_STATE_MANAGEMENT_RATE', 'PERCENT', 'AT_LEAST', 50, null, 2025, null, null,
     '50% hoạt động của cơ quan quản lý Nhà nước của tỉnh được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý; 100% dịch vụ công trực tuyến đủ điều kiện thực hiện mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả trên thiết bị di động.',
     null),
    (23, 'ONLINE_SERVICES_MOBILE_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2025, null, 'dịch vụ công trực tuyến đủ điều kiện mức độ 4',
     '50% hoạt động của cơ quan quản lý Nhà nước của tỉnh được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý; 100% dịch vụ công trực tuyến đủ điều kiện thực hiện mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả trên thiết bị di động.',
     null),
    (24, 'DOSSIER_ONLINE_L4_RATE', 'PERCENT', 'AT_LEAST', 50, null, 2025, null, null,
     'Tỷ lệ hồ sơ mức độ 4 trên tổng số hồ sơ đạt tối thiểu 50%; 100% hồ sơ TTHC đã giải quyết thành công được số hóa, lưu trữ và có giá trị tái sử dụng.',
     null),
    (25, 'DIGITIZED_RESULTS_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2025, null, null,
     'Tỷ lệ hồ sơ mức độ 4 trên tổng số hồ sơ đạt tối thiểu 50%; 100% hồ sơ TTHC đã giải quyết thành công được số hóa, lưu trữ và có giá trị tái sử dụng.',
     null),
    (26, 'PAR_INDEX_RANK', 'RANK', 'RANK_AT_BEST', 37, null, 2030, null, null,
     'Đến năm 2030, tỉnh phấn đấu chỉ số CCHC đạt thứ hạng từ 37 trở lên; chỉ số đo lường sự hài lòng của người dân, tổ chức về sự phục vụ hành chính của cơ quan Nhà nước đạt từ 95% trở lên; chỉ số năng lực cạnh tranh cấp tỉnh nằm trong nhóm khá; chỉ số hiệu quả quản trị và hành chính công cấp tỉnh duy trì trong nhóm trung bình cao...',
     null),
    (27, 'SIPAS', 'PERCENT', 'AT_LEAST', 95, null, 2030, null, null,
     'Đến năm 2030, tỉnh phấn đấu chỉ số CCHC đạt thứ hạng từ 37 trở lên; chỉ số đo lường sự hài lòng của người dân, tổ chức về sự phục vụ hành chính của cơ quan Nhà nước đạt từ 95% trở lên; chỉ số năng lực cạnh tranh cấp tỉnh nằm trong nhóm khá; chỉ số hiệu quả quản trị và hành chính công cấp tỉnh duy trì trong nhóm trung bình cao...',
     null),
    (28, 'PCI_GROUP', 'GROUP', 'GROUP_AT_LEAST', null, 'khá', 2030, null, null,
     'Đến năm 2030, tỉnh phấn đấu chỉ số CCHC đạt thứ hạng từ 37 trở lên; chỉ số đo lường sự hài lòng của người dân, tổ chức về sự phục vụ hành chính của cơ quan Nhà nước đạt từ 95% trở lên; chỉ số năng lực cạnh tranh cấp tỉnh nằm trong nhóm khá; chỉ số hiệu quả quản trị và hành chính công cấp tỉnh duy trì trong nhóm trung bình cao...',
     null),
    (29, 'PAPI_GROUP', 'GROUP', 'GROUP_AT_LEAST', null, 'trung bình cao', 2030, null, null,
     'Đến năm 2030, tỉnh phấn đấu chỉ số CCHC đạt thứ hạng từ 37 trở lên; chỉ số đo lường sự hài lòng của người dân, tổ chức về sự phục vụ hành chính của cơ quan Nhà nước đạt từ 95% trở lên; chỉ số năng lực cạnh tranh cấp tỉnh nằm trong nhóm khá; chỉ số hiệu quả quản trị và hành chính công cấp tỉnh duy trì trong nhóm trung bình cao...',
     null),
    (30, 'PAR_INDEX_RANK', 'RANK', 'RANK_AT_BEST', 40, null, 2025, null, null,
     'Năm 2025, Đắk Nông phấn đấu Chỉ số PAR Index đạt thứ hạng từ 40 trở lên; Chỉ số SIPAS đạt từ 90% trở lên; Chỉ số PCI nằm trong nhóm trung bình; Chỉ số PAPI nằm trong nhóm trung bình cao.',
     'Seed 002_0e2da2d79aeb423e.txt — bài "Những chuyển biến tích cực trong cải cách hành chính ở Đắk Nông", 09/12/2024'),
    (31, 'SIPAS', 'PERCENT', 'AT_LEAST', 90, null, 2025, null, null,
     'Năm 2025, Đắk Nông phấn đấu Chỉ số PAR Index đạt thứ hạng từ 40 trở lên; Chỉ số SIPAS đạt từ 90% trở lên; Chỉ số PCI nằm trong nhóm trung bình; Chỉ số PAPI nằm trong nhóm trung bình cao.',
     'Seed 002_0e2da2d79aeb423e.txt — bài "Những chuyển biến tích cực trong cải cách hành chính ở Đắk Nông", 09/12/2024'),
    (32, 'PCI_GROUP', 'GROUP', 'GROUP_AT_LEAST', null, 'trung bình', 2025, null, null,
     'Năm 2025, Đắk Nông phấn đấu Chỉ số PAR Index đạt thứ hạng từ 40 trở lên; Chỉ số SIPAS đạt từ 90% trở lên; Chỉ số PCI nằm trong nhóm trung bình; Chỉ số PAPI nằm trong nhóm trung bình cao.',
     'Seed 002_0e2da2d79aeb423e.txt — bài "Những chuyển biến tích cực trong cải cách hành chính ở Đắk Nông", 09/12/2024'),
    (33, 'PAPI_GROUP', 'GROUP', 'GROUP_AT_LEAST', null, 'trung bình cao', 2025, null, null,
     'Năm 2025, Đắk Nông phấn đấu Chỉ số PAR Index đạt thứ hạng từ 40 trở lên; Chỉ số SIPAS đạt từ 90% trở lên; Chỉ số PCI nằm trong nhóm trung bình; Chỉ số PAPI nằm trong nhóm trung bình cao.',
     'Seed 002_0e2da2d79aeb423e.txt — bài "Những chuyển biến tích cực trong cải cách hành chính ở Đắk Nông", 09/12/2024')
) as t(position, indicator_code, indicator_kind, comparison, threshold_value, threshold_level, deadline_year, baseline_year,
       scope_note, sentence, source)
where d.number = '20-NQ/TU';

-- 09-CTr/TU, Bình Định (seed 001): 6 targets
insert into target (document_id, position, indicator_code, indicator_kind, comparison, threshold_value, threshold_level,
                    deadline_year, baseline_year, scope_note, sentence, source)
select d.id, t.position, t.indicator_code, t.indicator_kind, t.comparison, t.threshold_value::numeric, t.threshold_level,
       t.deadline_year, t.baseline_year::int, t.scope_note, t.sentence, t.source
from document d
join province p on p.id = d.province_id and p.code = '52' and p.valid_from = date '1989-07-01' and p.name_vi = 'Bình Định'
cross join (values
    (1, 'SATISFACTION_TTHC_RATE', 'PERCENT', 'AT_LEAST', 90, null, 2025, null, null,
     'Mức độ hài lòng của người dân và doanh nghiệp về giải quyết thủ tục hành chính đạt tối thiểu 90%.',
     null),
    (2, 'SATISFACTION_TTHC_LAND_RATE', 'PERCENT', 'AT_LEAST', 80, null, 2025, null, 'lĩnh vực đất đai, xây dựng',
     'Trong đó, mức độ hài lòng về giải quyết thủ tục hành chính trên lĩnh vực đất đai, xây dựng đạt tối thiểu 80%.',
     null),
    (3, 'TTHC_ONLINE_L34_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2025, null, null,
     'Đạt 100% thủ tục hành chính có đủ điều kiện được cung cấp trực tuyến mức độ 3, mức độ 4.',
     null),
    (4, 'TTHC_NATIONAL_PORTAL_RATE', 'PERCENT', 'AT_LEAST', 50, null, 2025, null, 'trong số TTHC cung cấp mức độ 3, mức độ 4 của tỉnh',
     '50% thủ tục hành chính cung cấp mức độ 3, mức độ 4 của tỉnh được tích hợp với Cổng Dịch vụ công quốc gia.',
     null),
    (5, 'DOSSIER_ONLINE_RATE', 'PERCENT', 'AT_LEAST', 50, null, 2025, null, null,
     'Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến mức độ 3, mức độ 4 đạt tối thiểu 50%.',
     null),
    (6, 'E_AUTHENTICATED_TRANSACTIONS_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2025, null, null,
     '100% giao dịch trên Cổng Dịch vụ công và Hệ thống thông tin một cửa điện tử được xác thực điện tử.',
     null)
) as t(position, indicator_code, indicator_kind, comparison, threshold_value, threshold_level, deadline_year, baseline_year,
       scope_note, sentence, source)
where d.number = '09-CTr/TU';

-- 02-NQ/BCSĐ, Quảng Trị (seed 003): 18 targets
insert into target (document_id, position, indicator_code, indicator_kind, comparison, threshold_value, threshold_level,
                    deadline_year, baseline_year, scope_note, sentence, source)
select d.id, t.position, t.indicator_code, t.indicator_kind, t.comparison, t.threshold_value::numeric, t.threshold_level,
       t.deadline_year, t.baseline_year::int, t.scope_note, t.sentence, t.source
from document d
join province p on p.id = d.province_id and p.code = '45' and p.valid_from = date '1989-07-01' and p.name_vi = 'Quảng Trị'
cross join (values
    (1, 'PAR_INDEX_SCORE', 'SCORE', 'AT_LEAST', 80, null, 2025, null, 'loại B: từ 80% đến dưới 90%',
     'Chỉ số PAR Index thuộc nhóm tỉnh loại B (đạt từ 80% - dưới 90%) và nằm trong nhóm 20 tỉnh, thành phố có thứ hạng cao trên cả nước; chỉ số PAPI thuộc nhóm Trung bình cao và nằm trong nhóm 20 tỉnh, thành phố có thứ hạng cao trên cả nước; chỉ số SIPAS đạt giá trị tối thiểu 85%.',
     null),
    (2, 'PAR_INDEX_RANK', 'RANK', 'RANK_AT_BEST', 20, null, 2025, null, null,
     'Chỉ số PAR Index thuộc nhóm tỉnh loại B (đạt từ 80% - dưới 90%) và nằm trong nhóm 20 tỉnh, thành phố có thứ hạng cao trên cả nước; chỉ số PAPI thuộc nhóm Trung bình cao và nằm trong nhóm 20 tỉnh, thành phố có thứ hạng cao trên cả nước; chỉ số SIPAS đạt giá trị tối thiểu 85%.',
     null),
    (3, 'PAPI_GROUP', 'GROUP', 'GROUP_AT_LEAST', null, 'trung bình cao', 2025, null, null,
     'Chỉ số PAR Index thuộc nhóm tỉnh loại B (đạt từ 80% - dưới 90%) và nằm trong nhóm 20 tỉnh, thành phố có thứ hạng cao trên cả nước; chỉ số PAPI thuộc nhóm Trung bình cao và nằm trong nhóm 20 tỉnh, thành phố có thứ hạng cao trên cả nước; chỉ số SIPAS đạt giá trị tối thiểu 85%.',
     null),
    (4, 'PAPI_RANK', 'RANK', 'RANK_AT_BEST', 20, null, 2025, null, null,
     'Chỉ số PAR Index thuộc nhóm tỉnh loại B (đạt từ 80% - dưới 90%) và nằm trong nhóm 20 tỉnh, thành phố có thứ hạng cao trên cả nước; chỉ số PAPI thuộc nhóm Trung bình cao và nằm trong nhóm 20 tỉnh, thành phố có thứ hạng cao trên cả nước; chỉ số SIPAS đạt giá trị tối thiểu 85%.',
     null),
    (5, 'SIPAS', 'PERCENT', 'AT_LEAST', 85, null, 2025, null, null,
     'Chỉ số PAR Index thuộc nhóm tỉnh loại B (đạt từ 80% - dưới 90%) và nằm trong nhóm 20 tỉnh, thành phố có thứ hạng cao trên cả nước; chỉ số PAPI thuộc nhóm Trung bình cao và nằm trong nhóm 20 tỉnh, thành phố có thứ hạng cao trên cả nước; chỉ số SIPAS đạt giá trị tối thiểu 85%.',
     null),
    (6, 'TTHC_TIME_REDUCTION_RATE', 'PERCENT', 'AT_LEAST', 25, null, 2025, null, 'so với thời gian quy định',
     'Rà soát, đơn giản hóa thủ tục hành chính cắt giảm ít nhất 25% thời gian giải quyết thủ tục hành chính so với quy định.',
     null),
    (7, 'DOSSIER_ON_TIME_RATE', 'PERCENT', 'AT_LEAST', 99, null, 2023, null, 'hàng năm',
     'Tỷ lệ số lượng hồ sơ thủ tục hành chính được giải quyết đúng hạn và trước hạn hàng năm đạt từ 99% trở lên.',
     null),
    (8, 'DOSSIER_ON_TIME_RATE', 'PERCENT', 'AT_LEAST', 99, null, 2024, null, 'hàng năm',
     'Tỷ lệ số lượng hồ sơ thủ tục hành chính được giải quyết đúng hạn và trước hạn hàng năm đạt từ 99% trở lên.',
     null),
    (9, 'DOSSIER_ON_TIME_RATE', 'PERCENT', 'AT_LEAST', 99, null, 2025, null, 'hàng năm',
     'Tỷ lệ số lượng hồ sơ thủ tục hành chính được giải quyết đúng hạn và trước hạn hàng năm đạt từ 99% trở lên.',
     null),
    (10, 'DIGITIZED_RESULTS_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2025, null, 'kết quả còn hiệu lực và có giá trị sử dụng, thẩm quyền cấp tỉnh, huyện, xã',
     'số hóa kết quả giải quyết thủ tục hành chính đang còn hiệu lực và có giá trị sử dụng thuộc thẩm quyền giải quyết của cấp tỉnh, cấp huyện, cấp xẵ đạt 100%.',
     null),
    (11, 'TTHC_ONLINE_L4_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2025, null, 'trực tuyến toàn trình, TTHC đủ điều kiện',
     '100% thủ tục hành chính của tỉnh có đủ điều kiện, được cung cấp trực tuyến toàn trình; trong số đó, ít nhất 80% thủ tục hành chính được tích hợp, cung cấp trên cổng Dịch vụ công quốc gia.',
     null),
    (12, 'TTHC_NATIONAL_PORTAL_RATE', 'PERCENT', 'AT_LEAST', 80, null, 2025, null, 'trong số TTHC cung cấp trực tuyến toàn trình',
     '100% thủ tục hành chính của tỉnh có đủ điều kiện, được cung cấp trực tuyến toàn trình; trong số đó, ít nhất 80% thủ tục hành chính được tích hợp, cung cấp trên cổng Dịch vụ công quốc gia.',
     null),
    (13, 'ONLINE_SERVICES_MOBILE_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2025, null, 'dịch vụ công trực tuyến toàn trình',
     '100% dịch vụ công trực tuyến toàn trình được cung cấp trên nhiều phương tiện khác nhau, bao gồm cả thiết bị di động.',
     null),
    (14, 'SATISFACTION_TTHC_RATE', 'PERCENT', 'AT_LEAST', 90, null, 2025, null, null,
     'Mức độ hài lòng cùa người dân, doanh nghiệp về giải quyết thù tục hành chính đạt tối thiểu 90%; trong đó, mức độ hài lòng về giài quyết các thủ tục hành chính lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 85%.',
     null),
    (15, 'SATISFACTION_TTHC_LAND_RATE', 'PERCENT', 'AT_LEAST', 85, null, 2025, null, 'lĩnh vực đất đai, xây dựng, đầu tư',
     'Mức độ hài lòng cùa người dân, doanh nghiệp về giải quyết thù tục hành chính đạt tối thiểu 90%; trong đó, mức độ hài lòng về giài quyết các thủ tục hành chính lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 85%.',
     null),
    (16, 'SELF_FINANCING_UNITS_RATE', 'PERCENT', 'AT_LEAST', 20, null, 2025, null, null,
     'Tối thiểu 20% đơn vị sự nghiệp công lập tự bảo đàm chi thường xuyên.',
     null),
    (17, 'ECONOMIC_UNITS_CONVERTED_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2025, null, null,
     '100% đơn vị sự nghiệp kinh tế và sự nghiệp khác, có đử điều kiện, hoàn thành việc chuyển đôi thành công ty cổ phần hoặc chuyển sang tự bảo đảm chi thường xuyên và chi đầu tư.',
     null),
    (18, 'DIGITAL_TRANSFORMATION_TASKS_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2025, null, null,
     'Hoàn thành 100% các nội dung về chuyển đổi số và ứng dụng các tiến bộ khoa học, công nghệ để xây dựng Chính quyền điện tử và Chính phủ số.',
     null)
) as t(position, indicator_code, indicator_kind, comparison, threshold_value, threshold_level, deadline_year, baseline_year,
       scope_note, sentence, source)
where d.number = '02-NQ/BCSĐ';

-- 2847/QĐ-UBND, Thừa Thiên Huế (seed 004): 15 targets
insert into target (document_id, position, indicator_code, indicator_kind, comparison, threshold_value, threshold_level,
                    deadline_year, baseline_year, scope_note, sentence, source)
select d.id, t.position, t.indicator_code, t.indicator_kind, t.comparison, t.threshold_value::numeric, t.threshold_level,
       t.deadline_year, t.baseline_year::int, t.scope_note, t.sentence, t.source
from document d
join province p on p.id = d.province_id and p.code = '46' and p.valid_from = date '1989-07-01' and p.kind = 'PROVINCE' and p.name_vi = 'Thừa Thiên Huế'
cross join (values
    (1, 'PAR_INDEX_RANK', 'RANK', 'RANK_AT_BEST', 10, null, 2019, null, null,
     'Phấn đấu Chỉ số CCHC (PAR Index) của tỉnh năm 2019 thuộc nhóm 10 địa phương dẫn đầu cả nước.',
     null),
    (2, 'LEGAL_DOCS_PROPER_PROCEDURE_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2019, null, null,
     'Đảm bảo 100% văn bản quy phạm pháp luật (QPPL) được ban hành đúng trình tự, thủ tục và đảm bảo chất lượng theo quy định của Luật ban hành văn bản quy phạm pháp luật; quy định rõ trách nhiệm của từng cơ quan, đơn vị trong việc xây dựng và thực hiện các thể chế được ban hành.',
     null),
    (3, 'TTHC_ISO_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2019, null, null,
     '100% thủ tục hành chính (TTHC) từ cấp xã đến cấp tỉnh được quy trình hóa theo tiêu chuẩn chất lượng ISO 9001:2015 theo hướng đơn giản, dễ hiểu, dễ thực hiện; đảm bảo mức độ hài lòng của người dân và doanh nghiệp về TTHC đạt trên 80%; mức độ hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính đạt trên 80%.',
     null),
    (4, 'SATISFACTION_TTHC_RATE', 'PERCENT', 'MORE_THAN', 80, null, 2019, null, null,
     '100% thủ tục hành chính (TTHC) từ cấp xã đến cấp tỉnh được quy trình hóa theo tiêu chuẩn chất lượng ISO 9001:2015 theo hướng đơn giản, dễ hiểu, dễ thực hiện; đảm bảo mức độ hài lòng của người dân và doanh nghiệp về TTHC đạt trên 80%; mức độ hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính đạt trên 80%.',
     null),
    (5, 'SIPAS', 'PERCENT', 'MORE_THAN', 80, null, 2019, null, null,
     '100% thủ tục hành chính (TTHC) từ cấp xã đến cấp tỉnh được quy trình hóa theo tiêu chuẩn chất lượng ISO 9001:2015 theo hướng đơn giản, dễ hiểu, dễ thực hiện; đảm bảo mức độ hài lòng của người dân và doanh nghiệp về TTHC đạt trên 80%; mức độ hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính đạt trên 80%.',
     null),
    (6, 'TTHC_ONE_STOP_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2019, null, 'trừ các TTHC đặc thù',
     '100% TTHC được đưa vào tiếp nhận và giải quyết theo cơ chế một cửa, cơ chế một cửa liên thông tại Trung tâm phục vụ Hành chính công tỉnh, Trung tâm Hành chính công cấp huyện, Bộ phận Tiếp nhận và trả kết quả (TN&TKQ) cấp xã (trừ các TTHC đặc thù); 50% TTHC được cung cấp dưới dạng dịch vụ công trực tuyến mức độ 3 trở lên, trong đó có 20% TTHC được cung cấp dưới dạng dịch vụ công trực tuyến mức độ 4.',
     null),
    (7, 'TTHC_ONLINE_L34_RATE', 'PERCENT', 'AT_LEAST', 50, null, 2019, null, null,
     '100% TTHC được đưa vào tiếp nhận và giải quyết theo cơ chế một cửa, cơ chế một cửa liên thông tại Trung tâm phục vụ Hành chính công tỉnh, Trung tâm Hành chính công cấp huyện, Bộ phận Tiếp nhận và trả kết quả (TN&TKQ) cấp xã (trừ các TTHC đặc thù); 50% TTHC được cung cấp dưới dạng dịch vụ công trực tuyến mức độ 3 trở lên, trong đó có 20% TTHC được cung cấp dưới dạng dịch vụ công trực tuyến mức độ 4.',
     null),
    (8, 'TTHC_ONLINE_L4_RATE', 'PERCENT', 'AT_LEAST', 20, null, 2019, null, null,
     '100% TTHC được đưa vào tiếp nhận và giải quyết theo cơ chế một cửa, cơ chế một cửa liên thông tại Trung tâm phục vụ Hành chính công tỉnh, Trung tâm Hành chính công cấp huyện, Bộ phận Tiếp nhận và trả kết quả (TN&TKQ) cấp xã (trừ các TTHC đặc thù); 50% TTHC được cung cấp dưới dạng dịch vụ công trực tuyến mức độ 3 trở lên, trong đó có 20% TTHC được cung cấp dưới dạng dịch vụ công trực tuyến mức độ 4.',
     null),
    (9, 'DOSSIER_ONLINE_L4_RATE', 'PERCENT', 'AT_LEAST', 30, null, 2019, null, null,
     'Phấn đấu tối thiểu 30% hồ sơ TTHC được tiếp nhận, giao trả trực tuyến ở mức độ 4.',
     null),
    (10, 'E_DOCUMENT_AGENCIES_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2019, null, null,
     '100% cơ quan chuyên môn thuộc UBND tỉnh, UBND các huyện, thị xã, thành phố Huế triển khai ứng dụngvăn bản điện tử liên thông 4 cấp trên phần mềm quản lý và điều hành; 100% các cơ quan hành chính có hệ thống mạng thông tin nội bộ, các văn bản, tài liệu chính thức (trừ các văn bản không chuyển qua mạng theo quy định) trao đổi giữa các cơ quan hành chính được giao dịch hoàn toàn dưới dạng điện tử; 100% các đơn vị sử dụng phần mềm một cửa điện tử dùng chung kết nối cổng dịch vụ công thống nhất toàn tỉnh và kết nối với hệ thống dịch vụ công mức độ 3, 4.',
     null),
    (11, 'DOSSIER_ONLINE_JUSTICE_BUSINESS_RATE', 'PERCENT', 'MORE_THAN', 60, null, 2019, null, null,
     'Phấn đấu đảm bảo tỷ lệ hồ sơ đăng ký qua mạng đối các dịch vụ công trực tuyến mức độ 3, 4 lĩnh vực tư pháp, đăng ký kinh doanh đạt trên 60%.',
     null),
    (12, 'DOSSIER_ONLINE_RATE', 'PERCENT', 'AT_LEAST', 30, null, 2019, null, 'các lĩnh vực khác',
     'Các dịch vụ công trực tuyến thuộc các lĩnh vực khác đạt tối thiểu 30% được thực hiện qua mạng'' 100% các cơ quan hành chính từ tỉnh đến cấp xã thực hiện quản lý chất lượng theo tiêu chuẩn ISO 9001:2015; tiến tới ứng dụng công nghệ thông tin (CNTT), quản lý chất lượng theo hệ thống ISO điện tử.',
     null),
    (13, 'ISO_AGENCIES_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2019, null, null,
     'Các dịch vụ công trực tuyến thuộc các lĩnh vực khác đạt tối thiểu 30% được thực hiện qua mạng'' 100% các cơ quan hành chính từ tỉnh đến cấp xã thực hiện quản lý chất lượng theo tiêu chuẩn ISO 9001:2015; tiến tới ứng dụng công nghệ thông tin (CNTT), quản lý chất lượng theo hệ thống ISO điện tử.',
     null),
    (14, 'CCHC_PLAN_AGENCIES_RATE', 'PERCENT', 'AT_LEAST', 100, null, 2019, null, null,
     'Thủ trưởng cơ quan, đơn vị trực tiếp phụ trách, chỉ đạo, tổ chức triển khai thực hiện CCHC và chịu trách nhiệm toàn diện về kết quả công tác CCHC ở cơ quan, đơn vị mình quản lý; 100% sở, ban, ngành và các phòng, ban, đơn vị trực thuộc, UBND cấp huyện, các phòng, ban, đơn vị trực thuộc; UBND cấp xã xây dựng Kế hoạch CCHC năm 2019 phù hợp chức năng, nhiệm vụ, quyền hạn của cơ quan, đơn vị; Thực hiện kiểm tra công tác CCHC ít nhất 30% các sở, cơ quan ngang sở, UBND cấp huyện; UBND cấp huyện tiến hành kiểm tra công tác CCHC30% UBND cấp xã.',
     null),
    (15, 'CCHC_INSPECTION_COVERAGE_RATE', 'PERCENT', 'AT_LEAST', 30, null, 2019, null, null,
     'Thủ trưởng cơ quan, đơn vị trực tiếp phụ trách, chỉ đạo, tổ chức triển khai thực hiện CCHC và chịu trách nhiệm toàn diện về kết quả công tác CCHC ở cơ quan, đơn vị mình quản lý; 100% sở, ban, ngành và các phòng, ban, đơn vị trực thuộc, UBND cấp huyện, các phòng, ban, đơn vị trực thuộc; UBND cấp xã xây dựng Kế hoạch CCHC năm 2019 phù hợp chức năng, nhiệm vụ, quyền hạn của cơ quan, đơn vị; Thực hiện kiểm tra công tác CCHC ít nhất 30% các sở, cơ quan ngang sở, UBND cấp huyện; UBND cấp huyện tiến hành kiểm tra công tác CCHC30% UBND cấp xã.',
     null)
) as t(position, indicator_code, indicator_kind, comparison, threshold_value, threshold_level, deadline_year, baseline_year,
       scope_note, sentence, source)
where d.number = '2847/QĐ-UBND';

-- 3. Measurements: Đắk Nông, from the 09/12/2024 report (seed 002) ----------------------------------------

insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, note, created_by, updated_by)
select p.id, m.indicator_code, m.indicator_kind, m.year, m.value_number::numeric, 'Seed 002_0e2da2d79aeb423e.txt — bài "Những chuyển biến tích cực trong cải cách hành chính ở Đắk Nông", 09/12/2024', m.note, 'shipped-data', 'shipped-data'
from province p
cross join (values
    ('SIPAS', 'PERCENT', 2022, 80.09,
     'Bài báo: SIPAS "tăng từ 80,09% năm 2022 lên 81,21% năm 2023"; giá trị năm 2022.'),
    ('SIPAS', 'PERCENT', 2023, 81.21,
     'Bài báo: SIPAS "tăng từ 80,09% năm 2022 lên 81,21% năm 2023"; giá trị năm 2023.'),
    ('PAR_DIRECTION_RANK', 'RANK', 2023, 12,
     'Bài báo: "công tác chỉ đạo điều hành xếp thứ 12/63 tỉnh, thành phố (tăng 18 bậc)". Chỉ số CCHC năm 2023 công bố năm 2024; tăng 18 bậc.'),
    ('PAR_TTHC_RANK', 'RANK', 2023, 14,
     'Bài báo: "cải cách TTHC xếp thứ 14/63 tỉnh thành phố (tăng 44 bậc)". Chỉ số CCHC năm 2023 công bố năm 2024; tăng 44 bậc.'),
    ('CCHC_PLAN_COMPLETION_RATE', 'PERCENT', 2024, 95.6,
     'Bài báo: kế hoạch CCHC năm 2024 với 68 nhiệm vụ, "đã triển khai 65/68 nhiệm vụ (đạt 95,6%)", dự kiến hoàn thành 100% kế hoạch; 65/68 nhiệm vụ, số liệu đến thời điểm bài báo 09/12/2024.'),
    ('DOSSIER_ON_TIME_RATE', 'PERCENT', 2024, 97.4,
     'Bài báo: kết quả giải quyết TTHC đúng hạn "được cập nhật trên Hệ thống thông tin giải quyết TTHC tỉnh đạt 97,4%"; năm 2024, số liệu đến thời điểm bài báo 09/12/2024.')
) as m(indicator_code, indicator_kind, year, value_number, note)
where p.code = '67' and p.valid_from = date '2004-01-01' and p.name_vi = 'Đắk Nông';

-- 4. Self-check: fail the migration if a lookup silently matched nothing --------------------------------

do $$
declare
    n int;
begin
    select count(*) into n from document where number in ('20-NQ/TU', '09-CTr/TU', '02-NQ/BCSĐ', '2847/QĐ-UBND');
    if n <> 4 then raise exception 'shipped data: expected 4 documents, found %', n; end if;
    select count(*) into n from target t join document d on d.id = t.document_id where d.number = '20-NQ/TU';
    if n <> 33 then raise exception 'shipped data: expected 33 targets for 20-NQ/TU, found %', n; end if;
    select count(*) into n from target t join document d on d.id = t.document_id where d.number = '09-CTr/TU';
    if n <> 6 then raise exception 'shipped data: expected 6 targets for 09-CTr/TU, found %', n; end if;
    select count(*) into n from target t join document d on d.id = t.document_id where d.number = '02-NQ/BCSĐ';
    if n <> 18 then raise exception 'shipped data: expected 18 targets for 02-NQ/BCSĐ, found %', n; end if;
    select count(*) into n from target t join document d on d.id = t.document_id where d.number = '2847/QĐ-UBND';
    if n <> 15 then raise exception 'shipped data: expected 15 targets for 2847/QĐ-UBND, found %', n; end if;
    select count(*) into n from measurement where created_by = 'shipped-data';
    if n <> 6 then raise exception 'shipped data: expected 6 measurements, found %', n; end if;
end
$$;
