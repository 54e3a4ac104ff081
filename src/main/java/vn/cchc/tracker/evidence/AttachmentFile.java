package vn.cchc.tracker.evidence;

/** An attachment to send back: its name, its stored (checked) type and its bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] bytes) {}
