package com.lcnews.trends.dashboard.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/** The Java side of {@code <news-echart>}: takes an option built by {@link ChartOptions} and reports clicks. */
@Tag("news-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/news-echart.ts")
public class EChart extends Component implements HasSize {

	private String optionJson = "{}";

	public EChart() {
		setWidthFull();
		setHeight("420px");
	}

	/** Replaces what the chart draws. */
	public void setOption(String json) {
		this.optionJson = json;
		getElement().setProperty("option", json);
	}

	/** The option JSON last sent to the browser. */
	public String getOption() {
		return optionJson;
	}

	/** Asks the browser to save the chart as a PNG file. */
	public void downloadPng(String fileName) {
		getElement().callJsFunction("downloadPng", fileName);
	}

	/** Listens to clicks on data points. */
	public Registration addClickListener(ComponentEventListener<ClickEvent> listener) {
		return addListener(ClickEvent.class, listener);
	}

	/** A click on a data point: the series (e.g. a topic), the category (e.g. a period) and the data index. */
	@DomEvent("chart-click")
	public static class ClickEvent extends ComponentEvent<EChart> {

		private final String seriesName;

		private final String name;

		private final int dataIndex;

		public ClickEvent(EChart source, boolean fromClient, @EventData("event.detail.seriesName") String seriesName,
				@EventData("event.detail.name") String name, @EventData("event.detail.dataIndex") int dataIndex) {
			super(source, fromClient);
			this.seriesName = seriesName;
			this.name = name;
			this.dataIndex = dataIndex;
		}

		public String getSeriesName() {
			return seriesName;
		}

		public String getName() {
			return name;
		}

		public int getDataIndex() {
			return dataIndex;
		}

	}

}
