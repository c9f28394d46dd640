package org.vigil.followup.internal;

import java.util.List;

/**
 * One chart of the directors' report, ready to draw: each row a label and one or two numbers, each
 * number with the width of its bar, drawn as SVG on the page beside the same numbers as a table.
 *
 * @param id the chart's name in its CSV's address ({@code /reports/appeals/{id}.csv})
 * @param columns the message keys of the number columns (one or two)
 * @param labelKeys whether the rows' labels are message keys (else they are data: a month, a state, an addressee)
 */
record BarChart(String id, String labelColumn, List<String> columns, List<Row> rows, boolean labelKeys) {

	/** The widest bar, in SVG units. */
	static final int WIDTH = 400;

	static final int ROW_HEIGHT = 24;

	/** Where bars start: room for the labels on their left. */
	static final int LABEL_WIDTH = 170;

	record Row(String label, List<Number> values, List<Integer> widths) {
	}

	/** A chart of the rows, each bar as wide as its number against the chart's largest. */
	static BarChart of(String id, String labelColumn, List<String> columns, List<Labelled> rows) {
		double max = rows.stream().flatMap(r -> r.values().stream()).mapToDouble(Number::doubleValue).max().orElse(0);
		return new BarChart(id, labelColumn, columns, rows.stream()
			.map(r -> new Row(r.label(), r.values(), r.values().stream()
				.map(v -> max <= 0 ? 0 : (int) Math.round(v.doubleValue() * WIDTH / max)).toList()))
			.toList(), false);
	}

	BarChart withLabelKeys() {
		return new BarChart(id, labelColumn, columns, rows, true);
	}

	record Labelled(String label, List<Number> values) {
	}

	public int height() {
		return Math.max(1, rows.size()) * ROW_HEIGHT * columns.size() + 8;
	}

	/** The vertical position of a row's bar for the column. */
	public int y(int row, int column) {
		return (row * columns.size() + column) * ROW_HEIGHT + 4;
	}

	public int totalWidth() {
		return LABEL_WIDTH + WIDTH + 60;
	}

	public int labelWidth() {
		return LABEL_WIDTH;
	}

}
