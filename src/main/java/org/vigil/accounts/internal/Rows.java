package org.vigil.accounts.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.vigil.accounts.Role;

/**
 * Reading and writing accounts' rows with plain SQL: moments as {@code timestamptz} (the driver
 * takes and gives {@link OffsetDateTime}, not {@link Instant}), roles and team ids as arrays.
 */
final class Rows {

	private Rows() {
	}

	/** A moment as a statement's parameter; null stays null. */
	static OffsetDateTime timestamp(Instant moment) {
		return moment == null ? null : OffsetDateTime.ofInstant(moment, ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static Set<Role> roles(Array names) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : (String[]) names.getArray()) {
			roles.add(Role.valueOf(name));
		}
		return roles;
	}

	static Set<UUID> uuids(Array ids) throws SQLException {
		return Set.of((UUID[]) ids.getArray());
	}

}
