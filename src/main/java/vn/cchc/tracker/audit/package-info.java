/**
 * The audit log: every create, change and delete with who, when, before → after, origin and reason, written in
 * the same transaction as the change ({@code AuditLog}, so neither commits without the other); reading it back
 * ({@code AuditService}).
 * <p>Pages: the admins' whole trail {@code /admin/audit} in {@code web}; each feature shows its own history pages.
 */
package vn.cchc.tracker.audit;
