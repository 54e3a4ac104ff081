-- The navigation shows a signed-in user's unread notices, and signed-in users' dashboards are kept in the page
-- cache while the data version (V42) is unchanged: a new or read notice moves the version, so no kept page shows a
-- stale bell.
create trigger notification_data_change after insert or update or delete or truncate on notification
    for each statement execute function data_change_note_trg();
