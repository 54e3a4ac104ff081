/**
 * Evidence for a narrative: PDF and image attachments of at most 10 MB kept in PostgreSQL, accepted only when their
 * content really is a PDF or an image (Apache Tika's detector), downloadable only by the province's editors,
 * reviewers and admins.
 * <p>Entry points: {@code AttachmentService} (list, upload, download, delete; audited), the plain-Java check
 * {@code AttachmentCheck}; pages {@code /narratives/{id}/attachments}, {@code /attachments/{id}} and the fragment
 * {@code fragments/attachments :: list(narrativeId, back)} that the narrative page includes, in {@code web}.
 */
@ApplicationModule(allowedDependencies = {"account", "audit", "support", "support::web", "tablefile"})
package vn.cchc.tracker.evidence;

import org.springframework.modulith.ApplicationModule;
