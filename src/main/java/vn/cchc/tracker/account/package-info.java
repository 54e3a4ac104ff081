/**
 * Accounts and who is acting: login (BCrypt, lockout after five wrong passwords), roles (admin, editor, viewer),
 * the provinces an editor is bound to, and {@link vn.cchc.tracker.account.Actor}, which every write service takes and
 * checks itself.
 * <p>Entry points: {@code AccountService} (create, change, disable, reset, own password), {@code Actor};
 * pages {@code /login}, {@code /account/password}, {@code /admin/accounts} in {@code web}. {@code web.Access} answers
 * templates' questions about the current user ({@code @access}).
 */
package vn.cchc.tracker.account;
