package com.lcnews.trends.dashboard.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;

import com.lcnews.trends.dashboard.ui.chart.EChart;

/**
 * Collects, server side, every text a component tree puts on the screen: text nodes, labels, placeholders, helper
 * and error texts, tooltips, widget i18n, grid headers and cells, the labels of selectable items, chart titles, legends
 * and axis labels. Finds the English words among them.
 */
final class VisibleTexts {

	/** Names and terms that stay in Latin letters in the Chinese UI (English: the language switch's own name). */
	static final Set<String> PROPER_NAMES = Set.of("English", "UTF", "GBK", "HanLP", "SGD", "SMO", "CSV", "PNG", "Ctrl", "Cohen", "Fisher", "OpenAPI",
			"kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB");

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z]+");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<String> PROPERTIES = List.of("label", "placeholder", "helperText", "errorMessage", "title",
			"headerTitle");

	private final List<String> texts = new ArrayList<>();

	private final List<String> problems = new ArrayList<>();

	List<String> texts() {
		return texts;
	}

	/** Widgets that would fall back to their built-in English texts. */
	List<String> problems() {
		return problems;
	}

	VisibleTexts collect(Component c) {
		if (c instanceof com.vaadin.flow.component.Text text) {
			add(text.getText());
			return this;
		}
		if (!c.isVisible()) {
			return this;
		}
		element(c.getElement());
		if (c instanceof Grid<?> grid) {
			grid(grid);
		}
		else if (c instanceof EChart chart) {
			chart(chart.getOption());
		}
		else if (c instanceof DatePicker p && p.getI18n() == null) {
			problems.add("date picker without texts: " + p.getLabel());
		}
		else if (c instanceof Upload u && u.getI18n() == null) {
			problems.add("upload without texts: " + u.getId().orElse("?"));
		}
		items(c);
		c.getChildren().forEach(this::collect);
		return this;
	}

	private void element(Element e) {
		e.getChildren().filter(Element::isTextNode).map(Element::getText).forEach(this::add);
		for (String p : PROPERTIES) {
			add(e.getProperty(p));
		}
		add(e.getAttribute("title"));
		String i18n = e.getProperty("i18n");
		if (i18n != null) {
			json(i18n);
		}
	}

	private void grid(Grid<?> grid) {
		grid.getColumns().stream().filter(Grid.Column::isVisible).forEach(col -> add(col.getHeaderText()));
		rows(grid);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void rows(Grid grid) {
		List<Object> items = GridKt._fetch(grid, 0, 30);
		for (Object item : items) {
			for (Object column : grid.getColumns()) {
				Grid.Column col = (Grid.Column) column;
				if (col.isVisible()) {
					if (col.getRenderer() instanceof com.vaadin.flow.data.renderer.ComponentRenderer renderer) {
						// a component column: its components are not in the tree until the browser asks for them
						collect(renderer.createComponent(item));
					}
					else {
						add(GridKt._getFormatted(col, item));
					}
				}
			}
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void items(Component c) {
		Collection<Object> items = null;
		ItemLabelGenerator generator = null;
		if (c instanceof ComboBox box) {
			items = box.getListDataView().getItems().toList();
			generator = box.getItemLabelGenerator();
		}
		else if (c instanceof MultiSelectComboBox box) {
			items = box.getListDataView().getItems().toList();
			generator = box.getItemLabelGenerator();
		}
		else if (c instanceof Select select) {
			items = select.getListDataView().getItems().toList();
			generator = select.getItemLabelGenerator();
		}
		else if (c instanceof RadioButtonGroup group) {
			items = group.getListDataView().getItems().toList();
			generator = group.getItemLabelGenerator();
		}
		if (items != null && generator != null) {
			for (Object item : items) {
				add(generator.apply(item));
			}
		}
	}

	private void chart(String option) {
		try {
			JsonNode root = JSON.readTree(option);
			add(root.path("title").path("text").asText(null));
			add(root.path("title").path("subtext").asText(null));
			root.path("legend").path("data").forEach(n -> add(n.asText()));
			root.path("series").forEach(s -> {
				add(s.path("name").asText(null));
				s.path("markLine").path("data").forEach(d -> add(d.path("label").path("formatter").asText(null)));
				s.path("markArea").path("data").forEach(pair -> pair.forEach(d -> add(d.path("name").asText(null))));
			});
			for (String axis : List.of("xAxis", "yAxis")) {
				JsonNode a = root.path(axis);
				(a.isArray() ? a : JSON.createArrayNode().add(a)).forEach(x -> x.path("data").forEach(d -> add(d.asText())));
			}
			add(root.path("toolbox").path("feature").path("saveAsImage").path("title").asText(null));
		}
		catch (Exception ex) {
			problems.add("chart option is not JSON: " + ex.getMessage());
		}
	}

	private void json(String json) {
		try {
			strings(JSON.readTree(json));
		}
		catch (Exception ex) {
			add(json);
		}
	}

	private void strings(JsonNode n) {
		if (n.isTextual()) {
			add(n.asText());
		}
		n.forEach(this::strings);
	}

	private void add(String text) {
		if (text != null && !text.isBlank()) {
			texts.add(text);
		}
	}

	/**
	 * The English words of the texts that are neither proper names nor words of the data shown (headlines, file names,
	 * user names, model versions), each with the text it was found in.
	 */
	static List<String> englishWords(Collection<String> texts, Set<String> dataWords) {
		List<String> found = new ArrayList<>();
		for (String text : texts) {
			Matcher m = WORD.matcher(text);
			while (m.find()) {
				String w = m.group();
				if (!PROPER_NAMES.contains(w) && !dataWords.contains(w.toLowerCase(java.util.Locale.ROOT))) {
					found.add(w + " in «" + (text.length() > 120 ? text.substring(0, 120) + "…" : text) + "»");
				}
			}
		}
		return found;
	}

	/** Latin words of what the pages show as data: articles, file names, user and labeller names, model versions. */
	static Set<String> dataWords(org.springframework.jdbc.core.JdbcTemplate jdbc) {
		List<String> data = new ArrayList<>();
		data.addAll(jdbc.queryForList("SELECT CONCAT(COALESCE(headline, ''), ' ', COALESCE(subheadline, ''), ' ', "
				+ "COALESCE(body, ''), ' ', COALESCE(byline, ''), ' ', source_file) FROM article", String.class));
		data.addAll(jdbc.queryForList("SELECT version FROM model", String.class));
		data.addAll(jdbc.queryForList("SELECT DISTINCT labelled_by FROM label", String.class));
		data.addAll(List.of("editor", "admin", "scientist"));
		// the taxonomy as the data scientist edits it: codes, English names and descriptions are data on that page
		data.addAll(jdbc.queryForList("SELECT CONCAT(code, ' ', name_en, ' ', description) FROM topic", String.class));
		return words(data);
	}

	/** The Latin words of data texts (lower case). */
	static Set<String> words(Collection<String> data) {
		Set<String> words = new java.util.HashSet<>();
		for (String d : data) {
			if (d != null) {
				Matcher m = WORD.matcher(d);
				while (m.find()) {
					words.add(m.group().toLowerCase(java.util.Locale.ROOT));
				}
			}
		}
		return words;
	}

}
