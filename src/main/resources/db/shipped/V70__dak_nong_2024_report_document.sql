-- Issue 13, rule 8: the 2025 targets of Đắk Nông's 2024 results report (seed 002, article of 09/12/2024) were filed
-- under Nghị quyết 20-NQ/TU (V3, positions 30–33, target.source naming the article; V43 reworded it to name the
-- newspaper). They are the provincial CCHC steering
-- committee's restatement, so they move to a document of their own; the goals both documents set (SIPAS ≥ 90% by
-- 2025) are then one goal with two documents (the application groups them, nothing is merged here).
--
--  * The article names neither a number nor a signing date for the report: the number below is a description, marked
--    as such in document.source, and the date is the article's.
--  * Written as the one writer writes: one CREATE audit row for the document and one UPDATE row per target moved, with
--    the writers' snapshots (DocumentWriteService/TargetWriteService.snapshot), actor 'system', origin 'shipped data'.
--    Targets keep their ids; their version moves on, so an edit form opened before refuses to overwrite.
--  * Nothing to move (the shipped targets were edited away, moved already, or shipped data was switched off and
--    V3 never ran; this location only runs with shipped data): the migration does nothing.

do $$
declare
    article constant text := 'Báo Đắk Nông, "Những chuyển biến tích cực trong cải cách hành chính ở Đắk Nông", 09/12/2024';
    article_title constant text := '%"Những chuyển biến tích cực trong cải cách hành chính ở Đắk Nông"%';
    report_number constant text := 'Báo cáo CCHC năm 2024 (không số)';
    dak_nong province%rowtype;
    resolution_id bigint;
    report_id bigint;
    moved int := 0;
    t record;
    before json;
begin
    select * into dak_nong from province where code = '67' and name_vi = 'Đắk Nông';
    if not found then
        return;
    end if;
    select id into resolution_id from document where province_id = dak_nong.id and number = '20-NQ/TU';
    if resolution_id is null
       or not exists (select 1 from target where document_id = resolution_id and source like article_title) then
        return;
    end if;

    select id into report_id from document where province_id = dak_nong.id and number = report_number;
    if report_id is null then
        insert into document (province_id, number, kind, issuing_body, issue_date, title, period_from, period_to, source)
        values (dak_nong.id, report_number, 'REPORT', 'Ban Chỉ đạo cải cách hành chính tỉnh Đắk Nông', date '2024-12-09',
                'kết quả công tác cải cách hành chính năm 2024 và mục tiêu năm 2025', 2024, 2025,
                article || '. Bài báo dẫn kết quả và mục tiêu năm 2025 của Ban Chỉ đạo CCHC tỉnh, không nêu số hiệu '
                    || 'và ngày ký của báo cáo: số hiệu ở đây là tên mô tả, ngày là ngày đăng bài.')
        returning id into report_id;
        insert into audit_event (actor, entity_type, entity_id, province_code, action, new_value, origin)
        select 'system', 'DOCUMENT', d.id, '67', 'CREATE',
               json_build_object('number', d.number, 'kind', d.kind, 'issuingBody', d.issuing_body,
                                 'issueDate', d.issue_date::text, 'title', d.title, 'periodFrom', d.period_from,
                                 'periodTo', d.period_to, 'source', d.source, 'province', dak_nong.name_vi),
               'shipped data: Đắk Nông 2024 report'
        from document d where d.id = report_id;
    end if;

    for t in select * from target where document_id = resolution_id and source like article_title
             order by position, id loop
        before := json_build_object(
            'document', '20-NQ/TU', 'indicator', t.indicator_code, 'comparison', t.comparison,
            'threshold', coalesce(t.threshold_level, trim_scale(t.threshold_value)::text),
            'deadlineYear', t.deadline_year, 'baselineYear', t.baseline_year,
            'baselineValue', trim_scale(t.baseline_value)::text, 'scopeNote', t.scope_note, 'sentence', t.sentence,
            'source', t.source, 'position', t.position);
        moved := moved + 1;
        update target set document_id = report_id, position = moved, source = null, version = version + 1
        where id = t.id;
        insert into audit_event (actor, entity_type, entity_id, province_code, indicator_code, action, old_value,
                                 new_value, reason, origin)
        values ('system', 'TARGET', t.id, '67', t.indicator_code, 'UPDATE', before,
                json_build_object(
                    'document', report_number, 'indicator', t.indicator_code, 'comparison', t.comparison,
                    'threshold', coalesce(t.threshold_level, trim_scale(t.threshold_value)::text),
                    'deadlineYear', t.deadline_year, 'baselineYear', t.baseline_year,
                    'baselineValue', trim_scale(t.baseline_value)::text, 'scopeNote', t.scope_note,
                    'sentence', t.sentence, 'source', null, 'position', moved),
                'Mục tiêu năm 2025 của báo cáo kết quả CCHC năm 2024 chuyển sang văn bản riêng của báo cáo',
                'shipped data: Đắk Nông 2024 report');
    end loop;
end
$$;
