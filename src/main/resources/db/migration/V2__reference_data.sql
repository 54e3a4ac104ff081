-- Reference data every installation needs: the seven reform areas, the shared indicator catalogue,
-- and the provinces of the first four offices with their 2025 successors.

insert into reform_area (code, name_vi, name_en, position) values
    ('DIRECTION',          'Công tác chỉ đạo, điều hành',             'Direction and management',      1),
    ('INSTITUTIONS',       'Cải cách thể chế',                        'Institutional reform',          2),
    ('PROCEDURES',         'Cải cách thủ tục hành chính',             'Administrative procedures',     3),
    ('APPARATUS',          'Cải cách tổ chức bộ máy',                 'Organisational apparatus',      4),
    ('CIVIL_SERVICE',      'Cải cách chế độ công vụ',                 'Civil service',                 5),
    ('PUBLIC_FINANCE',     'Cải cách tài chính công',                 'Public finance',                6),
    ('DIGITAL_GOVERNMENT', 'Xây dựng chính quyền điện tử, chính quyền số', 'E-government and digital government', 7);

insert into indicator (code, name_vi, name_en, reform_area_code, unit_kind, direction, min_value, max_value) values
    -- published indices
    ('PAR_INDEX_SCORE', 'Chỉ số cải cách hành chính (PAR Index) – điểm', 'PAR Index score', 'DIRECTION', 'SCORE', 'HIGHER_IS_BETTER', 0, 100),
    ('PAR_INDEX_RANK', 'Chỉ số cải cách hành chính (PAR Index) – thứ hạng', 'PAR Index rank', 'DIRECTION', 'RANK', 'LOWER_IS_BETTER', 1, 63),
    ('PAR_DIRECTION_RANK', 'PAR Index – thứ hạng lĩnh vực công tác chỉ đạo, điều hành', 'PAR Index rank: direction and management', 'DIRECTION', 'RANK', 'LOWER_IS_BETTER', 1, 63),
    ('PAR_TTHC_RANK', 'PAR Index – thứ hạng lĩnh vực cải cách thủ tục hành chính', 'PAR Index rank: administrative procedures', 'PROCEDURES', 'RANK', 'LOWER_IS_BETTER', 1, 63),
    ('SIPAS', 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)', 'Satisfaction with public administrative services (SIPAS)', 'DIRECTION', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('PAPI_GROUP', 'Chỉ số PAPI – nhóm', 'PAPI group', 'DIRECTION', 'GROUP', 'HIGHER_IS_BETTER', null, null),
    ('PAPI_RANK', 'Chỉ số PAPI – thứ hạng', 'PAPI rank', 'DIRECTION', 'RANK', 'LOWER_IS_BETTER', 1, 63),
    ('PCI_GROUP', 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) – nhóm', 'PCI group', 'DIRECTION', 'GROUP', 'HIGHER_IS_BETTER', null, null),
    ('PCI_RANK', 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) – thứ hạng', 'PCI rank', 'DIRECTION', 'RANK', 'LOWER_IS_BETTER', 1, 63),
    -- direction and management
    ('CCHC_PLAN_COMPLETION_RATE', 'Tỷ lệ hoàn thành nhiệm vụ kế hoạch CCHC năm', 'Annual CCHC plan tasks completed', 'DIRECTION', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('CCHC_PLAN_AGENCIES_RATE', 'Tỷ lệ cơ quan, đơn vị ban hành kế hoạch CCHC năm', 'Agencies with an annual CCHC plan', 'DIRECTION', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('CCHC_INSPECTION_COVERAGE_RATE', 'Tỷ lệ sở, ngành, UBND cấp huyện được kiểm tra công tác CCHC', 'Departments and districts inspected on CCHC', 'DIRECTION', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    -- institutions
    ('LEGAL_DOCS_PROPER_PROCEDURE_RATE', 'Tỷ lệ văn bản QPPL ban hành đúng trình tự, thủ tục', 'Legal documents issued by the correct procedure', 'INSTITUTIONS', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    -- administrative procedures
    ('SATISFACTION_TTHC_RATE', 'Mức độ hài lòng về giải quyết TTHC', 'Satisfaction with the handling of administrative procedures', 'PROCEDURES', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('SATISFACTION_TTHC_LAND_RATE', 'Mức độ hài lòng về giải quyết TTHC lĩnh vực đất đai, xây dựng, đầu tư', 'Satisfaction with procedures on land, construction and investment', 'PROCEDURES', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('DOSSIER_ON_TIME_RATE', 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn', 'Dossiers resolved on time or early', 'PROCEDURES', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('TTHC_TIME_REDUCTION_RATE', 'Tỷ lệ cắt giảm thời gian giải quyết TTHC so với quy định', 'Procedure time cut against the regulated time', 'PROCEDURES', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('TTHC_ISO_RATE', 'Tỷ lệ TTHC được quy trình hóa theo ISO 9001:2015', 'Procedures standardised under ISO 9001:2015', 'PROCEDURES', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('TTHC_ONE_STOP_RATE', 'Tỷ lệ TTHC tiếp nhận, giải quyết theo cơ chế một cửa, một cửa liên thông', 'Procedures handled through the one-stop mechanism', 'PROCEDURES', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    -- apparatus
    ('PUBLIC_SERVICE_UNITS', 'Số lượng đơn vị sự nghiệp công lập', 'Number of public service units', 'APPARATUS', 'COUNT', 'LOWER_IS_BETTER', 0, null),
    ('SATISFACTION_HEALTH_EDU_RATE', 'Mức độ hài lòng về dịch vụ y tế, giáo dục công lập', 'Satisfaction with public health and education services', 'APPARATUS', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    -- civil service
    ('CIVIL_SERVANT_STAFFING', 'Biên chế công chức', 'Civil-servant staffing quota', 'CIVIL_SERVICE', 'COUNT', 'LOWER_IS_BETTER', 0, null),
    ('PUBLIC_EMPLOYEE_STAFFING', 'Biên chế sự nghiệp hưởng lương từ ngân sách nhà nước', 'Budget-paid public-employee staffing', 'CIVIL_SERVICE', 'COUNT', 'LOWER_IS_BETTER', 0, null),
    -- public finance
    ('SELF_FINANCING_UNITS_RATE', 'Tỷ lệ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên', 'Public service units self-financing recurrent spending', 'PUBLIC_FINANCE', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('ECONOMIC_UNITS_CONVERTED_RATE', 'Tỷ lệ đơn vị sự nghiệp kinh tế và khác đủ điều kiện hoàn thành chuyển đổi', 'Eligible economic units converted or self-financing', 'PUBLIC_FINANCE', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    -- e-government and digital government
    ('TTHC_ONLINE_L34_RATE', 'Tỷ lệ TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến mức độ 3, 4', 'Eligible procedures online at level 3–4', 'DIGITAL_GOVERNMENT', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('TTHC_ONLINE_L4_RATE', 'Tỷ lệ TTHC cung cấp trực tuyến mức độ 4 (toàn trình)', 'Procedures online at level 4 (full process)', 'DIGITAL_GOVERNMENT', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('TTHC_NATIONAL_PORTAL_RATE', 'Tỷ lệ TTHC tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia', 'Procedures integrated on the national public-service portal', 'DIGITAL_GOVERNMENT', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('DOSSIER_ONLINE_RATE', 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến mức độ 3, 4', 'Dossiers resolved online at level 3–4', 'DIGITAL_GOVERNMENT', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('DOSSIER_ONLINE_L4_RATE', 'Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến mức độ 4', 'Dossiers received and resolved online at level 4', 'DIGITAL_GOVERNMENT', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('DOSSIER_ONLINE_JUSTICE_BUSINESS_RATE', 'Tỷ lệ hồ sơ nộp trực tuyến lĩnh vực tư pháp, đăng ký kinh doanh', 'Dossiers filed online in justice and business registration', 'DIGITAL_GOVERNMENT', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('DIGITIZED_RESULTS_RATE', 'Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa', 'Procedure results digitised and reusable', 'DIGITAL_GOVERNMENT', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('ONLINE_SERVICES_MOBILE_RATE', 'Tỷ lệ dịch vụ công trực tuyến cung cấp trên nhiều phương tiện, kể cả thiết bị di động', 'Online services available on several devices, mobile included', 'DIGITAL_GOVERNMENT', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('E_AUTHENTICATED_TRANSACTIONS_RATE', 'Tỷ lệ giao dịch trên Cổng DVC và hệ thống một cửa điện tử được xác thực điện tử', 'Portal and one-stop transactions electronically authenticated', 'DIGITAL_GOVERNMENT', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('DIGITAL_DIRECTION_PLATFORM_RATE', 'Tỷ lệ hoạt động chỉ đạo, điều hành, quản trị nội bộ trên nền tảng thống nhất', 'Direction and internal management on one unified platform', 'DIGITAL_GOVERNMENT', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('DIGITAL_STATE_MANAGEMENT_RATE', 'Tỷ lệ hoạt động quản lý nhà nước thực hiện qua môi trường số', 'State management activity carried out digitally', 'DIGITAL_GOVERNMENT', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('DIGITAL_TRANSFORMATION_TASKS_RATE', 'Tỷ lệ hoàn thành nội dung chuyển đổi số, xây dựng chính quyền điện tử', 'Digital-transformation content completed', 'DIGITAL_GOVERNMENT', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('E_DOCUMENT_AGENCIES_RATE', 'Tỷ lệ cơ quan sử dụng văn bản điện tử liên thông 4 cấp', 'Agencies exchanging electronic documents across four levels', 'DIGITAL_GOVERNMENT', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100),
    ('ISO_AGENCIES_RATE', 'Tỷ lệ cơ quan hành chính áp dụng ISO 9001:2015', 'Administrative agencies applying ISO 9001:2015', 'DIGITAL_GOVERNMENT', 'PERCENT', 'HIGHER_IS_BETTER', 0, 100);

insert into indicator_level (indicator_code, position, name_vi, name_en) values
    ('PAPI_GROUP', 1, 'thấp nhất', 'lowest'),
    ('PAPI_GROUP', 2, 'trung bình thấp', 'low average'),
    ('PAPI_GROUP', 3, 'trung bình cao', 'high average'),
    ('PAPI_GROUP', 4, 'cao nhất', 'highest'),
    ('PCI_GROUP', 1, 'thấp', 'low'),
    ('PCI_GROUP', 2, 'tương đối thấp', 'relatively low'),
    ('PCI_GROUP', 3, 'trung bình', 'average'),
    ('PCI_GROUP', 4, 'khá', 'fairly good'),
    ('PCI_GROUP', 5, 'tốt', 'good'),
    ('PCI_GROUP', 6, 'rất tốt', 'very good');

-- Successors first so the older units can point at them.
insert into province (code, name_vi, kind, valid_from, valid_to, successor_id, change_note) values
    ('68', 'Lâm Đồng', 'PROVINCE', date '2025-07-01', null, null,
     'Tỉnh Lâm Đồng mới từ 1/7/2025, hợp nhất Lâm Đồng, Đắk Nông và Bình Thuận.'),
    ('64', 'Gia Lai', 'PROVINCE', date '2025-07-01', null, null,
     'Tỉnh Gia Lai mới từ 1/7/2025, hợp nhất Gia Lai và Bình Định.'),
    ('46', 'Huế', 'CITY', date '2025-01-01', null, null,
     'Thành phố trực thuộc trung ương từ 1/1/2025.'),
    ('45', 'Quảng Trị', 'PROVINCE', date '1989-07-01', null, null,
     'Từ 1/7/2025 sáp nhập tỉnh Quảng Bình, giữ tên Quảng Trị.');

insert into province (code, name_vi, kind, valid_from, valid_to, successor_id, change_note) values
    ('67', 'Đắk Nông', 'PROVINCE', date '2004-01-01', date '2025-06-30', (select id from province where code = '68'),
     'Hợp nhất vào tỉnh Lâm Đồng từ 1/7/2025.'),
    ('52', 'Bình Định', 'PROVINCE', date '1989-07-01', date '2025-06-30', (select id from province where code = '64'),
     'Hợp nhất vào tỉnh Gia Lai từ 1/7/2025.'),
    ('46', 'Thừa Thiên Huế', 'PROVINCE', date '1989-07-01', date '2024-12-31', (select id from province where code = '46' and kind = 'CITY'),
     'Trở thành thành phố Huế trực thuộc trung ương từ 1/1/2025.'),
    ('44', 'Quảng Bình', 'PROVINCE', date '1989-07-01', date '2025-06-30', (select id from province where code = '45'),
     'Sáp nhập vào tỉnh Quảng Trị từ 1/7/2025.');
