-- All 87 administrative units of the national list: the 63 provinces and centrally-run cities in force until
-- 30/06/2025, Thừa Thiên Huế → Thành phố Huế on 01/01/2025, and the 34 units from 01/07/2025 (Nghị quyết
-- 202/2025/QH15), with their successors, the units each new one was formed from and the sources (S1 …).
-- Copied from the collected data files administrative-units.csv and merger-2025.csv (sources: see unit_source below).
--
-- The units V2 shipped are corrected in place, keeping their ids (documents, targets and results reference them):
-- the new Gia Lai carries 52 (Bình Định's code: its centre lies in the former Bình Định), not 64; Quảng Trị (45) ends
-- on 30/06/2025 and the new Quảng Trị carries 44 (Quảng Bình's); V2's founding dates had no source and go.
-- What an installation recorded for those units under the old facts follows the unit it meant (see the end).

create temporary table unit_row (
    line           int primary key,
    code           varchar(3)   not null,
    name_vi        varchar(120) not null,
    kind           varchar(20)  not null,
    valid_from     date,
    valid_to       date,
    successor_code varchar(3),
    sources        text         not null
) on commit drop;

create temporary table formed_row (
    new_code     varchar(3)   not null,
    former_code  varchar(3)   not null,
    former_name  varchar(120) not null,
    holds_centre boolean      not null
) on commit drop;

insert into unit_source (key, description_vi, description_en, url) values
    ('S1', 'Nghị quyết 60-NQ/TW (12/4/2025) và phụ lục tên, trung tâm hành chính của 34 đơn vị (bản Markdown trong kho GitHub dvhcvn/20250701, input/docs/60-NQ_TW.md)',
           'Resolution 60-NQ/TW (12/4/2025) and its annex of the 34 units'' names and centres (Markdown copy in GitHub dvhcvn/20250701, input/docs/60-NQ_TW.md)',
           'https://github.com/dvhcvn/20250701'),
    ('S2', 'Công văn 915/CTK-CSCL của Cục Thống kê: mã số của 34 đơn vị (dvhcvn/20250701, input/docs/915_CTK-CSCL.csv)',
           'Official letter 915/CTK-CSCL of the Statistics Office: the codes of the 34 units (dvhcvn/20250701, input/docs/915_CTK-CSCL.csv)',
           'https://github.com/dvhcvn/20250701'),
    ('S3', 'Kho dữ liệu thanglequoc/vietnamese-provinces-database (theo Quyết định 19/2025/QĐ-TTg ngày 30/06/2025, hiệu lực 01/07/2025)',
           'The thanglequoc/vietnamese-provinces-database repository (data following Decision 19/2025/QĐ-TTg of 30/06/2025, in force 01/07/2025)',
           'https://github.com/thanglequoc/vietnamese-provinces-database'),
    ('S4', 'Cùng kho dữ liệu, phiên bản v2.4.1 (trước Quyết định 19/2025/QĐ-TTg): 63 đơn vị',
           'The same repository, tag v2.4.1 (data before Decision 19/2025/QĐ-TTg): the 63 units',
           'https://github.com/thanglequoc/vietnamese-provinces-database/tree/v2.4.1'),
    ('S5', 'Cùng kho dữ liệu, phiên bản v2.2.0 / v2.3.0: mã 46 Tỉnh Thừa Thiên Huế → Thành phố Huế',
           'The same repository, tags v2.2.0 / v2.3.0: 46 Thừa Thiên Huế province → Huế city',
           'https://github.com/thanglequoc/vietnamese-provinces-database'),
    ('S6', 'Bảng chuyển đổi của Tổng cục Thống kê giữa đơn vị từ 01/07/2025 và trước đó (sunshine-tech/VietnamProvinces, dev/seed-data/2025-07/), nguồn danhmuchanhchinh.nso.gov.vn',
           'The statistics office''s conversion table between the units from 01/07/2025 and before (sunshine-tech/VietnamProvinces, dev/seed-data/2025-07/), source danhmuchanhchinh.nso.gov.vn',
           'https://github.com/sunshine-tech/VietnamProvinces'),
    ('S7', 'Trang bản đồ sáp nhập sapnhap.bando.com.vn (bản thu thập trong thanglequoc/vietnamese-provinces-database)',
           'The merger map site sapnhap.bando.com.vn (crawl in thanglequoc/vietnamese-provinces-database)',
           'https://sapnhap.bando.com.vn'),
    ('S8', 'Báo Công an nhân dân (cand.com.vn), 29/12/2024: Nghị quyết 175/2024/QH15 thành lập Thành phố Huế, hiệu lực 01/01/2025',
           'Công an nhân dân (cand.com.vn), 29/12/2024: Resolution 175/2024/QH15 establishing Huế city, in force 01/01/2025',
           null),
    ('S9', 'phunucuocsong.vn: Thành phố Huế được thành lập trên toàn bộ địa giới tỉnh Thừa Thiên Huế',
           'phunucuocsong.vn: Huế city established on the whole territory of Thừa Thiên Huế province',
           null),
    ('S10', 'Thư viện Pháp luật (thuvienphapluat.vn), 13/06/2025: Nghị quyết 202/2025/QH15, 34 đơn vị, hoạt động từ 01/07/2025',
            'thuvienphapluat.vn, 13/06/2025: Resolution 202/2025/QH15, 34 units, in operation from 01/07/2025',
            null),
    ('S11', 'Báo Lao Động (laodong.vn): Nghị quyết 202 có hiệu lực từ ngày thông qua (12/06/2025); 52 đơn vị hợp thành 23',
            'Lao Động (laodong.vn): Resolution 202 in force on adoption (12/06/2025); 52 units became 23',
            null),
    ('S12', 'bnews.vn, nghean24h.vn: trung tâm hành chính của các đơn vị mới',
            'bnews.vn, nghean24h.vn: the administrative centres of the new units',
            null),
    ('S13', 'Quyết định 124/2004/QĐ-TTg (gso.gov.vn): tỉnh hợp nhất giữ mã của tỉnh đặt trụ sở Ủy ban nhân dân',
            'Decision 124/2004/QĐ-TTg (gso.gov.vn): a merged province keeps the code of the province holding the People''s Committee seat',
            null),
    ('S16', 'sunshine-tech/VietnamProvinces, vietnam_provinces/legacy/codes.py: đối chiếu 63 đơn vị',
            'sunshine-tech/VietnamProvinces, vietnam_provinces/legacy/codes.py: cross-check of the 63 units',
            'https://github.com/sunshine-tech/VietnamProvinces');

insert into unit_row (line, code, name_vi, kind, valid_from, valid_to, successor_code, sources) values
    (1, '01', 'Hà Nội', 'CITY', null, null, null, 'S4;S6;S16;S2;S7;S10'),
    (2, '02', 'Hà Giang', 'PROVINCE', null, date '2025-06-30', '08', 'S4;S6;S16;S1;S7;S10;S11'),
    (3, '04', 'Cao Bằng', 'PROVINCE', null, null, null, 'S4;S6;S16;S2;S7;S10'),
    (4, '06', 'Bắc Kạn', 'PROVINCE', null, date '2025-06-30', '19', 'S4;S6;S16;S1;S7;S10;S11'),
    (5, '08', 'Tuyên Quang', 'PROVINCE', null, date '2025-06-30', '08', 'S4;S6;S16;S1;S7;S10;S11'),
    (6, '08', 'Tuyên Quang', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (7, '10', 'Lào Cai', 'PROVINCE', null, date '2025-06-30', '15', 'S4;S6;S16;S1;S7;S10;S11'),
    (8, '11', 'Điện Biên', 'PROVINCE', null, null, null, 'S4;S6;S16;S2;S7;S10'),
    (9, '12', 'Lai Châu', 'PROVINCE', null, null, null, 'S4;S6;S16;S2;S7;S10'),
    (10, '14', 'Sơn La', 'PROVINCE', null, null, null, 'S4;S6;S16;S2;S7;S10'),
    (11, '15', 'Yên Bái', 'PROVINCE', null, date '2025-06-30', '15', 'S4;S6;S16;S1;S7;S10;S11'),
    (12, '15', 'Lào Cai', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (13, '17', 'Hoà Bình', 'PROVINCE', null, date '2025-06-30', '25', 'S4;S6;S16;S1;S7;S10;S11'),
    (14, '19', 'Thái Nguyên', 'PROVINCE', null, date '2025-06-30', '19', 'S4;S6;S16;S1;S7;S10;S11'),
    (15, '19', 'Thái Nguyên', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (16, '20', 'Lạng Sơn', 'PROVINCE', null, null, null, 'S4;S6;S16;S2;S7;S10'),
    (17, '22', 'Quảng Ninh', 'PROVINCE', null, null, null, 'S4;S6;S16;S2;S7;S10'),
    (18, '24', 'Bắc Giang', 'PROVINCE', null, date '2025-06-30', '24', 'S4;S6;S16;S1;S7;S10;S11'),
    (19, '24', 'Bắc Ninh', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (20, '25', 'Phú Thọ', 'PROVINCE', null, date '2025-06-30', '25', 'S4;S6;S16;S1;S7;S10;S11'),
    (21, '25', 'Phú Thọ', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (22, '26', 'Vĩnh Phúc', 'PROVINCE', null, date '2025-06-30', '25', 'S4;S6;S16;S1;S7;S10;S11'),
    (23, '27', 'Bắc Ninh', 'PROVINCE', null, date '2025-06-30', '24', 'S4;S6;S16;S1;S7;S10;S11'),
    (24, '30', 'Hải Dương', 'PROVINCE', null, date '2025-06-30', '31', 'S4;S6;S16;S1;S7;S10;S11'),
    (25, '31', 'Hải Phòng', 'CITY', null, date '2025-06-30', '31', 'S4;S6;S16;S1;S7;S10;S11'),
    (26, '31', 'Hải Phòng', 'CITY', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (27, '33', 'Hưng Yên', 'PROVINCE', null, date '2025-06-30', '33', 'S4;S6;S16;S1;S7;S10;S11'),
    (28, '33', 'Hưng Yên', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (29, '34', 'Thái Bình', 'PROVINCE', null, date '2025-06-30', '33', 'S4;S6;S16;S1;S7;S10;S11'),
    (30, '35', 'Hà Nam', 'PROVINCE', null, date '2025-06-30', '37', 'S4;S6;S16;S1;S7;S10;S11'),
    (31, '36', 'Nam Định', 'PROVINCE', null, date '2025-06-30', '37', 'S4;S6;S16;S1;S7;S10;S11'),
    (32, '37', 'Ninh Bình', 'PROVINCE', null, date '2025-06-30', '37', 'S4;S6;S16;S1;S7;S10;S11'),
    (33, '37', 'Ninh Bình', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (34, '38', 'Thanh Hóa', 'PROVINCE', null, null, null, 'S4;S6;S16;S2;S7;S10'),
    (35, '40', 'Nghệ An', 'PROVINCE', null, null, null, 'S4;S6;S16;S2;S7;S10'),
    (36, '42', 'Hà Tĩnh', 'PROVINCE', null, null, null, 'S4;S6;S16;S2;S7;S10'),
    (37, '44', 'Quảng Bình', 'PROVINCE', null, date '2025-06-30', '44', 'S4;S6;S16;S1;S7;S10;S11'),
    (38, '44', 'Quảng Trị', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (39, '45', 'Quảng Trị', 'PROVINCE', null, date '2025-06-30', '44', 'S4;S6;S16;S1;S7;S10;S11'),
    (40, '46', 'Thừa Thiên Huế', 'PROVINCE', null, date '2024-12-31', '46', 'S5;S8;S9'),
    (41, '46', 'Huế', 'CITY', date '2025-01-01', null, null, 'S5;S8;S9;S4;S6;S2;S10'),
    (42, '48', 'Đà Nẵng', 'CITY', null, date '2025-06-30', '48', 'S4;S6;S16;S1;S7;S10;S11'),
    (43, '48', 'Đà Nẵng', 'CITY', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (44, '49', 'Quảng Nam', 'PROVINCE', null, date '2025-06-30', '48', 'S4;S6;S16;S1;S7;S10;S11'),
    (45, '51', 'Quảng Ngãi', 'PROVINCE', null, date '2025-06-30', '51', 'S4;S6;S16;S1;S7;S10;S11'),
    (46, '51', 'Quảng Ngãi', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (47, '52', 'Bình Định', 'PROVINCE', null, date '2025-06-30', '52', 'S4;S6;S16;S1;S7;S10;S11'),
    (48, '52', 'Gia Lai', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (49, '54', 'Phú Yên', 'PROVINCE', null, date '2025-06-30', '66', 'S4;S6;S16;S1;S7;S10;S11'),
    (50, '56', 'Khánh Hòa', 'PROVINCE', null, date '2025-06-30', '56', 'S4;S6;S16;S1;S7;S10;S11'),
    (51, '56', 'Khánh Hòa', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (52, '58', 'Ninh Thuận', 'PROVINCE', null, date '2025-06-30', '56', 'S4;S6;S16;S1;S7;S10;S11'),
    (53, '60', 'Bình Thuận', 'PROVINCE', null, date '2025-06-30', '68', 'S4;S6;S16;S1;S7;S10;S11'),
    (54, '62', 'Kon Tum', 'PROVINCE', null, date '2025-06-30', '51', 'S4;S6;S16;S1;S7;S10;S11'),
    (55, '64', 'Gia Lai', 'PROVINCE', null, date '2025-06-30', '52', 'S4;S6;S16;S1;S7;S10;S11'),
    (56, '66', 'Đắk Lắk', 'PROVINCE', null, date '2025-06-30', '66', 'S4;S6;S16;S1;S7;S10;S11'),
    (57, '66', 'Đắk Lắk', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (58, '67', 'Đắk Nông', 'PROVINCE', null, date '2025-06-30', '68', 'S4;S6;S16;S1;S7;S10;S11'),
    (59, '68', 'Lâm Đồng', 'PROVINCE', null, date '2025-06-30', '68', 'S4;S6;S16;S1;S7;S10;S11'),
    (60, '68', 'Lâm Đồng', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (61, '70', 'Bình Phước', 'PROVINCE', null, date '2025-06-30', '75', 'S4;S6;S16;S1;S7;S10;S11'),
    (62, '72', 'Tây Ninh', 'PROVINCE', null, date '2025-06-30', '80', 'S4;S6;S16;S1;S7;S10;S11'),
    (63, '74', 'Bình Dương', 'PROVINCE', null, date '2025-06-30', '79', 'S4;S6;S16;S1;S7;S10;S11'),
    (64, '75', 'Đồng Nai', 'PROVINCE', null, date '2025-06-30', '75', 'S4;S6;S16;S1;S7;S10;S11'),
    (65, '75', 'Đồng Nai', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (66, '77', 'Bà Rịa - Vũng Tàu', 'PROVINCE', null, date '2025-06-30', '79', 'S4;S6;S16;S1;S7;S10;S11'),
    (67, '79', 'Hồ Chí Minh', 'CITY', null, date '2025-06-30', '79', 'S4;S6;S16;S1;S7;S10;S11'),
    (68, '79', 'Hồ Chí Minh', 'CITY', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (69, '80', 'Long An', 'PROVINCE', null, date '2025-06-30', '80', 'S4;S6;S16;S1;S7;S10;S11'),
    (70, '80', 'Tây Ninh', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (71, '82', 'Tiền Giang', 'PROVINCE', null, date '2025-06-30', '82', 'S4;S6;S16;S1;S7;S10;S11'),
    (72, '82', 'Đồng Tháp', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (73, '83', 'Bến Tre', 'PROVINCE', null, date '2025-06-30', '86', 'S4;S6;S16;S1;S7;S10;S11'),
    (74, '84', 'Trà Vinh', 'PROVINCE', null, date '2025-06-30', '86', 'S4;S6;S16;S1;S7;S10;S11'),
    (75, '86', 'Vĩnh Long', 'PROVINCE', null, date '2025-06-30', '86', 'S4;S6;S16;S1;S7;S10;S11'),
    (76, '86', 'Vĩnh Long', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (77, '87', 'Đồng Tháp', 'PROVINCE', null, date '2025-06-30', '82', 'S4;S6;S16;S1;S7;S10;S11'),
    (78, '89', 'An Giang', 'PROVINCE', null, date '2025-06-30', '91', 'S4;S6;S16;S1;S7;S10;S11'),
    (79, '91', 'Kiên Giang', 'PROVINCE', null, date '2025-06-30', '91', 'S4;S6;S16;S1;S7;S10;S11'),
    (80, '91', 'An Giang', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (81, '92', 'Cần Thơ', 'CITY', null, date '2025-06-30', '92', 'S4;S6;S16;S1;S7;S10;S11'),
    (82, '92', 'Cần Thơ', 'CITY', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11'),
    (83, '93', 'Hậu Giang', 'PROVINCE', null, date '2025-06-30', '92', 'S4;S6;S16;S1;S7;S10;S11'),
    (84, '94', 'Sóc Trăng', 'PROVINCE', null, date '2025-06-30', '92', 'S4;S6;S16;S1;S7;S10;S11'),
    (85, '95', 'Bạc Liêu', 'PROVINCE', null, date '2025-06-30', '96', 'S4;S6;S16;S1;S7;S10;S11'),
    (86, '96', 'Cà Mau', 'PROVINCE', null, date '2025-06-30', '96', 'S4;S6;S16;S1;S7;S10;S11'),
    (87, '96', 'Cà Mau', 'PROVINCE', date '2025-07-01', null, null, 'S2;S3;S6;S7;S1;S10;S11');

insert into formed_row (new_code, former_code, former_name, holds_centre) values
    ('08', '02', 'Hà Giang', false),
    ('08', '08', 'Tuyên Quang', true),
    ('15', '10', 'Lào Cai', false),
    ('15', '15', 'Yên Bái', true),
    ('19', '06', 'Bắc Kạn', false),
    ('19', '19', 'Thái Nguyên', true),
    ('24', '24', 'Bắc Giang', true),
    ('24', '27', 'Bắc Ninh', false),
    ('25', '17', 'Hoà Bình', false),
    ('25', '25', 'Phú Thọ', true),
    ('25', '26', 'Vĩnh Phúc', false),
    ('31', '30', 'Hải Dương', false),
    ('31', '31', 'Hải Phòng', true),
    ('33', '33', 'Hưng Yên', true),
    ('33', '34', 'Thái Bình', false),
    ('37', '35', 'Hà Nam', false),
    ('37', '36', 'Nam Định', false),
    ('37', '37', 'Ninh Bình', true),
    ('44', '44', 'Quảng Bình', true),
    ('44', '45', 'Quảng Trị', false),
    ('48', '48', 'Đà Nẵng', true),
    ('48', '49', 'Quảng Nam', false),
    ('51', '51', 'Quảng Ngãi', true),
    ('51', '62', 'Kon Tum', false),
    ('52', '52', 'Bình Định', true),
    ('52', '64', 'Gia Lai', false),
    ('56', '56', 'Khánh Hòa', true),
    ('56', '58', 'Ninh Thuận', false),
    ('66', '54', 'Phú Yên', false),
    ('66', '66', 'Đắk Lắk', true),
    ('68', '60', 'Bình Thuận', false),
    ('68', '67', 'Đắk Nông', false),
    ('68', '68', 'Lâm Đồng', true),
    ('75', '70', 'Bình Phước', false),
    ('75', '75', 'Đồng Nai', true),
    ('79', '74', 'Bình Dương', false),
    ('79', '77', 'Bà Rịa - Vũng Tàu', false),
    ('79', '79', 'Hồ Chí Minh', true),
    ('80', '72', 'Tây Ninh', false),
    ('80', '80', 'Long An', true),
    ('82', '82', 'Tiền Giang', true),
    ('82', '87', 'Đồng Tháp', false),
    ('86', '83', 'Bến Tre', false),
    ('86', '84', 'Trà Vinh', false),
    ('86', '86', 'Vĩnh Long', true),
    ('91', '89', 'An Giang', false),
    ('91', '91', 'Kiên Giang', true),
    ('92', '92', 'Cần Thơ', true),
    ('92', '93', 'Hậu Giang', false),
    ('92', '94', 'Sóc Trăng', false),
    ('96', '95', 'Bạc Liêu', false),
    ('96', '96', 'Cà Mau', true);

-- 1. The units V2 shipped, found by what V2 wrote, take the list's identity (code and start).
update province set code = '52'
where code = '64' and valid_from = date '2025-07-01' and name_vi = 'Gia Lai';
update province set valid_from = null
where (code, name_vi, valid_from) in (('67', 'Đắk Nông', date '2004-01-01'), ('52', 'Bình Định', date '1989-07-01'),
                                      ('46', 'Thừa Thiên Huế', date '1989-07-01'), ('44', 'Quảng Bình', date '1989-07-01'),
                                      ('45', 'Quảng Trị', date '1989-07-01'));

-- 2. The other units.
insert into province (code, name_vi, kind, valid_from, valid_to)
select u.code, u.name_vi, u.kind, u.valid_from, u.valid_to
from unit_row u
where not exists (select 1 from province p where p.code = u.code and p.valid_from is not distinct from u.valid_from)
order by u.line;

-- 3. Every unit of the list as the list has it; V2's change notes are replaced by the recorded relations.
update province p
set name_vi = u.name_vi, kind = u.kind, valid_to = u.valid_to, change_note = null,
    successor_id = (select s.id from province s where s.code = u.successor_code and s.valid_from = u.valid_to + 1)
from unit_row u
where p.code = u.code and p.valid_from is not distinct from u.valid_from;

insert into province_source (province_id, source_key, position)
select p.id, s.key, s.position
from unit_row u
join province p on p.code = u.code and p.valid_from is not distinct from u.valid_from
cross join lateral unnest(string_to_array(u.sources, ';')) with ordinality as s (key, position);

insert into province_formation (unit_id, former_id, holds_centre)
select n.id, o.id, f.holds_centre
from formed_row f
join province n on n.code = f.new_code and n.valid_from = date '2025-07-01'
join province o on o.code = f.former_code and o.valid_to = date '2025-06-30' and o.name_vi = f.former_name;

do $$
begin
    if (select count(*) from unit_row u join province p on p.code = u.code
                                                      and p.valid_from is not distinct from u.valid_from) <> 87 then
        raise exception 'not every unit of the list is stored';
    end if;
    if exists (select 1 from unit_row u join province p on p.code = u.code and p.valid_from is not distinct from u.valid_from
               where u.successor_code is not null and p.successor_id is null) then
        raise exception 'a successor of the list was not found';
    end if;
    if (select count(*) from province_formation) <> (select count(*) from formed_row) then
        raise exception 'a unit the list names as formed from another was not found';
    end if;
end;
$$;

-- 4. What an installation recorded under the old facts follows the unit it meant. Before this migration code 64
-- meant only the new Gia Lai, now 52, and Quảng Trị 45 had no end: its results after 2025 and the documents it
-- issued from 01/07/2025 belong to the new Quảng Trị (44). Rows keep their ids; approvals, editors' bindings and the
-- audit trail name units by code (and year), so they follow. The approval lock and the append-only trail step aside
-- for this transaction.
alter table measurement disable trigger measurement_approval_lock;
alter table audit_event disable trigger audit_event_append_only;

create temporary table moved_document on commit drop as
select d.id from document d
join province p on p.id = d.province_id and p.code = '45' and p.valid_to = date '2025-06-30'
where d.issue_date >= date '2025-07-01'
  and not exists (select 1 from document o join province q on q.id = o.province_id
                  where q.code = '44' and q.valid_from = date '2025-07-01' and o.number = d.number);
update document set province_id = (select id from province where code = '44' and valid_from = date '2025-07-01')
where id in (select id from moved_document);

update measurement set province_id = (select id from province where code = '44' and valid_from = date '2025-07-01')
where year > 2025
  and province_id = (select id from province where code = '45' and valid_to = date '2025-06-30');

insert into result_approval (province_code, year, approved_by, approved_at)
select '52', a.year, a.approved_by, a.approved_at from result_approval a where a.province_code = '64'
union all
select '44', a.year, a.approved_by, a.approved_at from result_approval a where a.province_code = '45' and a.year > 2025
on conflict do nothing;
delete from result_approval where province_code = '64' or (province_code = '45' and year > 2025);

-- an editor of the new Gia Lai is an editor of 52; an editor of Quảng Trị keeps 45 and gains the new Quảng Trị
insert into account_province (account_id, province_code)
select b.account_id, '52' from account_province b where b.province_code = '64'
union all
select b.account_id, '44' from account_province b where b.province_code = '45'
on conflict do nothing;
delete from account_province where province_code = '64';

update audit_event set province_code = '52' where province_code = '64';
update audit_event set province_code = '44'
where province_code = '45'
  and ((entity_type in ('MEASUREMENT', 'APPROVAL') and year > 2025)
       or (entity_type = 'DOCUMENT' and entity_id in (select id from moved_document))
       or (entity_type = 'TARGET' and entity_id in
               (select t.id from target t where t.document_id in (select id from moved_document))));

alter table audit_event enable trigger audit_event_append_only;
alter table measurement enable trigger measurement_approval_lock;
