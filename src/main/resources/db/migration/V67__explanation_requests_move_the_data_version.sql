-- The editors' start page and the target page show explanation requests and are served from the page cache while the
-- data version (V42) is unchanged: asking or answering must move it like any other change those pages show.
create trigger explanation_request_data_change after insert or update or delete or truncate on explanation_request
    for each statement execute function data_change_note_trg();
