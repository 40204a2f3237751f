package com.lcnews.trends.dashboard.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.datepicker.DatePicker;

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

	private static List<String> split(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).toList();
	}

}
