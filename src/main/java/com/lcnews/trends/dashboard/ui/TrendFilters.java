package com.lcnews.trends.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lcnews.trends.trend.DataRange;
import com.lcnews.trends.trend.Granularity;

/** Sets up the trend view's filters (labels, items, defaults, listeners) and sums up what they select. */
final class TrendFilters {

	private final TrendsView v;

	private final Names names;

	TrendFilters(TrendsView view, Names names) {
		this.v = view;
		this.names = names;
	}

	void configure(DataRange range, boolean correctable) {
		Locale locale = v.locale();
		v.granularity.setLabel(v.getTranslation("trends.granularity"));
		v.granularity.setItems(Granularity.values());
		v.granularity.setItemLabelGenerator(g -> v.getTranslation("granularity." + g.name().toLowerCase(Locale.ROOT)));
		v.granularity.setValue(Granularity.MONTH);
		v.percent.setLabel(v.getTranslation("trends.measure"));
		v.percent.setItems(true, false);
		v.percent.setItemLabelGenerator(p -> v.getTranslation(p ? "trends.measure.share" : "trends.measure.count"));
		v.percent.setValue(true);
		v.estimate.setLabel(v.getTranslation("trends.estimate"));
		v.estimate.setItems(TrendsView.Estimate.values());
		v.estimate.setItemLabelGenerator(e -> v.getTranslation("trends.estimate." + e.name().toLowerCase(Locale.ROOT)));
		v.estimate.setValue(TrendsView.Estimate.RAW);
		v.estimate.setEnabled(correctable);
		v.estimate.setHelperText(correctable ? null : v.getTranslation("trends.estimate.unavailable"));
		v.estimate.setId("trend-estimate");
		v.stacked.setLabel(v.getTranslation("trends.stacked"));
		v.topics.setLabel(v.getTranslation("trends.topics"));
		v.topics.setItems(v.topicCodes());
		v.topics.setItemLabelGenerator(c -> names.topic(c, locale, v::getTranslation));
		v.topics.setPlaceholder(v.getTranslation("filter.all"));
		v.districts.setLabel(v.getTranslation("trends.districts"));
		v.districts.setItems(v.districtCodes());
		v.districts.setItemLabelGenerator(c -> names.district(c, locale, v::getTranslation));
		v.districts.setPlaceholder(v.getTranslation("filter.all"));
		v.from.setLabel(v.getTranslation("filter.from"));
		v.from.setValue(range.first());
		v.to.setLabel(v.getTranslation("filter.to"));
		v.to.setValue(range.last());
		WidgetTexts.datePickers(v::getTranslation, v.from, v.to);
		v.movingAverage.setLabel(v.getTranslation("trends.movingAverage"));
		v.movingAverage.setItems(1, 3, 6, 12);
		v.movingAverage.setItemLabelGenerator(w -> w == 1 ? v.getTranslation("trends.movingAverage.off")
				: v.getTranslation("trends.movingAverage.window", w));
		v.movingAverage.setValue(1);
		v.compare.setLabel(v.getTranslation("trends.compare"));
		v.compare.setItems(TrendsView.Compare.values());
		v.compare.setItemLabelGenerator(c -> v.getTranslation("trends.compare." + c.name().toLowerCase(Locale.ROOT)));
		v.compare.setValue(TrendsView.Compare.NONE);
		for (com.vaadin.flow.component.HasValue<?, ?> f : List.<com.vaadin.flow.component.HasValue<?, ?>>of(v.granularity,
				v.percent, v.estimate, v.stacked, v.topics, v.districts, v.from, v.to, v.movingAverage, v.compare)) {
			f.addValueChangeListener(e -> v.refresh());
		}
	}

	/** "月 · 占比 · 原始计数 · 全部话题 · 全部地区 · 2020年1月1日–2023年1月31日". */
	static String summary(TrendsView v, Names names) {
		Locale locale = v.locale();
		List<String> parts = new ArrayList<>();
		parts.add(v.granularity.getItemLabelGenerator().apply(v.granularity.getValue()));
		parts.add(v.getTranslation(v.percent.getValue() ? "trends.measure.share" : "trends.measure.count"));
		parts.add(v.estimate.getItemLabelGenerator().apply(v.estimate.getValue()));
		parts.add(v.topics.getValue().isEmpty() ? v.getTranslation("filter.allTopics")
				: v.getTranslation("filter.nTopics", v.topics.getValue().size()));
		parts.add(v.districts.getValue().isEmpty() ? v.getTranslation("filter.allDistricts")
				: String.join("、", v.districts.getValue().stream().map(c -> names.district(c, locale, v::getTranslation))
					.sorted().toList()));
		parts.add(Formats.day(v.from.getValue(), locale) + "–" + Formats.day(v.to.getValue(), locale));
		return String.join(" · ", parts);
	}

}
