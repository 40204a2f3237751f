package com.lcnews.trends.dashboard.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The texts Vaadin's own widgets show (calendar overlay, upload area), in the UI's language from the message bundles;
 * without them the widgets speak English.
 */
final class WidgetTexts {

	private WidgetTexts() {
	}

	/** Month and weekday names, "today" and "cancel" of date pickers; weeks start on Monday. */
	static void datePickers(Function<String, String> t, DatePicker... pickers) {
		DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
			.setMonthNames(split(t.apply("widget.date.months")))
			.setWeekdays(split(t.apply("widget.date.weekdays")))
			.setWeekdaysShort(split(t.apply("widget.date.weekdaysShort")))
			.setFirstDayOfWeek(1)
			.setToday(t.apply("widget.date.today"))
			.setCancel(t.apply("widget.date.cancel"))
			.setBadInputErrorMessage(t.apply("widget.date.badInput"));
		for (DatePicker p : pickers) {
			p.setI18n(i18n);
		}
	}

	/** Buttons, drop hint, errors and progress of an upload area. */
	static void upload(Upload upload, Function<String, String> t) {
		UploadI18N i18n = new UploadI18N();
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("widget.upload.addOne"))
			.setMany(t.apply("widget.upload.addMany")));
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t.apply("widget.upload.dropOne"))
			.setMany(t.apply("widget.upload.dropMany")));
		i18n.setError(new UploadI18N.Error().setTooManyFiles(t.apply("widget.upload.tooMany"))
			.setFileIsTooBig(t.apply("widget.upload.tooBig"))
			.setIncorrectFileType(t.apply("widget.upload.wrongType")));
		i18n.setFile(new UploadI18N.File().setRetry(t.apply("widget.upload.retry"))
			.setStart(t.apply("widget.upload.start"))
			.setRemove(t.apply("widget.upload.remove")));
		i18n.setUploading(new UploadI18N.Uploading()
			.setStatus(new UploadI18N.Uploading.Status().setConnecting(t.apply("widget.upload.connecting"))
				.setStalled(t.apply("widget.upload.stalled"))
				.setProcessing(t.apply("widget.upload.processing"))
				.setHeld(t.apply("widget.upload.held")))
			.setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t.apply("widget.upload.remaining"))
				.setUnknown(t.apply("widget.upload.remainingUnknown")))
			.setError(new UploadI18N.Uploading.Error().setServerUnavailable(t.apply("widget.upload.serverUnavailable"))
				.setUnexpectedServerError(t.apply("widget.upload.serverError"))
				.setForbidden(t.apply("widget.upload.forbidden"))));
		i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
		upload.setI18n(i18n);
	}

	private static List<String> split(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).toList();
	}

}
