package com.lcnews.trends.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * Grids with a phone form: a column keyed {@value #KEY} (everything of a row in one wrapped cell) shown instead of the
 * others when the window is narrower than {@link FilterPanel#WIDE_PX}.
 */
final class NarrowColumns {

	static final String KEY = "compact";

	private NarrowColumns() {
	}

	/** Asks the browser for the window width and shows either the compact column or the others. */
	static void apply(UI ui, Grid<?>... grids) {
		ui.getPage().retrieveExtendedClientDetails(d -> {
			boolean wide = d.getWindowInnerWidth() >= FilterPanel.WIDE_PX;
			for (Grid<?> grid : grids) {
				if (grid.getColumnByKey(KEY) == null) {
					continue;
				}
				grid.getColumns().forEach(c -> c.setVisible(wide != KEY.equals(c.getKey())));
				if (!wide) {
					grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
				}
			}
		});
	}

}
