package com.lcnews.trends.dashboard.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.upload.UploadI18N;

import jakarta.servlet.MultipartConfigElement;

/**
 * The size limit of uploaded page files as the user meets it: the smallest of the import limit and the server's
 * multipart limits (so that the browser refuses a file before the server would), written for people (64 KB, 10 MB),
 * and the upload component's texts in the UI's language, naming the limit where a file is refused.
 */
final class UploadLimit {

	/** Room for the multipart envelope of one file within the request limit. */
	static final long ENVELOPE = 64 * 1024;

	private UploadLimit() {
	}

	/**
	 * @param importMax the import's limit per file
	 * @param multipart the servlet's multipart limits, or null when there are none
	 */
	static long bytes(long importMax, MultipartConfigElement multipart) {
		long limit = importMax;
		if (multipart != null) {
			if (multipart.getMaxFileSize() > 0) {
				limit = Math.min(limit, multipart.getMaxFileSize());
			}
			if (multipart.getMaxRequestSize() > 0) {
				limit = Math.min(limit, Math.max(1, multipart.getMaxRequestSize() - ENVELOPE));
			}
		}
		return limit;
	}

	/** A size for people: whole MB or KB when it is one, else one decimal. */
	static String text(long bytes) {
		long mb = 1024 * 1024;
		if (bytes >= mb) {
			return bytes % mb == 0 ? bytes / mb + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) mb);
		}
		if (bytes >= 1024) {
			return bytes % 1024 == 0 ? bytes / 1024 + " KB" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
		}
		return bytes + " B";
	}

	/** The upload component's texts; a refused file's message names {@code limit}. */
	static UploadI18N i18n(BiFunction<String, Object[], String> messages, String limit) {
		UploadI18N i18n = new UploadI18N();
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(messages, "upload.addFile")).setMany(t(messages, "upload.addFiles")));
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(messages, "upload.dropFile")).setMany(t(messages, "upload.dropFiles")));
		i18n.setError(new UploadI18N.Error().setFileIsTooBig(t(messages, "upload.tooBig", limit))
			.setIncorrectFileType(t(messages, "upload.incorrectType"))
			.setTooManyFiles(t(messages, "upload.tooMany")));
		i18n.setFile(new UploadI18N.File().setRetry(t(messages, "upload.retry")).setStart(t(messages, "upload.start"))
			.setRemove(t(messages, "upload.remove")));
		UploadI18N.Uploading uploading = new UploadI18N.Uploading();
		uploading.setStatus(new UploadI18N.Uploading.Status().setConnecting(t(messages, "upload.connecting"))
			.setStalled(t(messages, "upload.stalled"))
			.setProcessing(t(messages, "upload.processing"))
			.setHeld(t(messages, "upload.held")));
		uploading.setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(messages, "upload.remaining"))
			.setUnknown(t(messages, "upload.remainingUnknown")));
		uploading.setError(new UploadI18N.Uploading.Error().setForbidden(t(messages, "upload.forbidden", limit))
			.setServerUnavailable(t(messages, "upload.unavailable"))
			.setUnexpectedServerError(t(messages, "upload.serverError")));
		i18n.setUploading(uploading);
		i18n.setUnits(List.of("B", "KB", "MB", "GB", "TB"));
		return i18n;
	}

	private static String t(BiFunction<String, Object[], String> messages, String key, Object... args) {
		return messages.apply(key, args);
	}

}
