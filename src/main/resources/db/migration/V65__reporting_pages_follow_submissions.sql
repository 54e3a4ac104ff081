-- The province pages show the state of the year's period reports ("Báo cáo kỳ"): a page cached from before a
-- submission, a review or a moved due date must not be served after it (see V42, data_version).
create trigger period_submission_data_change after insert or update or delete or truncate on period_submission
    for each statement execute function data_change_note_trg();
create trigger reporting_period_data_change after insert or update or delete or truncate on reporting_period
    for each statement execute function data_change_note_trg();
