package org.vigil.bench.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * One case-list request: filters, a page of {@link #SIZE}, newest change first — as the API URL
 * and as the SQL condition it stands for. The scenario cycles through {@link #MIX}.
 */
record CaseListQuery(String status, String priority, String country, int page) {

	static final int SIZE = 25;

	/** A busy country, a rare priority, a quiet status in a mid-size country, and no filter deep in the list. */
	static final List<CaseListQuery> MIX = List.of(new CaseListQuery("OPEN", null, "CN", 0),
			new CaseListQuery("OPEN", null, "CN", 3), new CaseListQuery(null, "URGENT", null, 0),
			new CaseListQuery("MONITORING", null, "TR", 1), new CaseListQuery(null, null, null, 0),
			new CaseListQuery(null, null, null, 39));

	static CaseListQuery of(int index) {
		return MIX.get(index % MIX.size());
	}

	String path() {
		StringBuilder path = new StringBuilder("/api/cases?sort=updated&size=" + SIZE + "&page=" + page);
		if (status != null) {
			path.append("&status=").append(status);
		}
		if (priority != null) {
			path.append("&priority=").append(priority);
		}
		if (country != null) {
			path.append("&country=").append(country);
		}
		return path.toString();
	}

	String sqlCondition() {
		return (status != null ? " and c.status = ?" : "") + (priority != null ? " and c.priority = ?" : "")
				+ (country != null ? " and (c.country_of_custody = ? or c.country_of_feared_return = ?)" : "");
	}

	/** Binds the filter values from the given parameter index on; answers the next free index. */
	int bind(PreparedStatement statement, int first) throws SQLException {
		int next = first;
		if (status != null) {
			statement.setString(next++, status);
		}
		if (priority != null) {
			statement.setString(next++, priority);
		}
		if (country != null) {
			statement.setString(next++, country);
			statement.setString(next++, country);
		}
		return next;
	}

}
