package org.vigil.geo.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.vigil.geo.PlaceKind;

/** The places and name variants administrators added, in the database. */
@Repository
class AddedPlaceStore {

	private final JdbcTemplate jdbc;

	AddedPlaceStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<AddedPlace> places() {
		return jdbc.query("select * from geo_places order by name, id", AddedPlaceStore::place);
	}

	Optional<AddedPlace> place(UUID id) {
		return jdbc.query("select * from geo_places where id = ?", AddedPlaceStore::place, id).stream().findFirst();
	}

	List<AddedName> names() {
		return jdbc.query("select * from geo_place_names order by place_id, name", AddedPlaceStore::name);
	}

	Optional<AddedName> name(UUID id) {
		return jdbc.query("select * from geo_place_names where id = ?", AddedPlaceStore::name, id).stream().findFirst();
	}

	boolean hasName(String placeId, String name) {
		return jdbc.queryForObject("select count(*) from geo_place_names where place_id = ? and name = ?", Integer.class, placeId,
				name) > 0;
	}

	void insert(AddedPlace p) {
		jdbc.update("insert into geo_places (id, name, kind, country, within, lat, lon, replaces, note, added_by, added_at, version) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", p.id(), p.name(), p.kind().code(), p.country(), p.within(), p.lat(),
				p.lon(), p.replaces(), p.note(), p.addedBy(), Timestamp.from(p.addedAt()));
	}

	void insert(AddedName n) {
		jdbc.update("insert into geo_place_names (id, place_id, name, added_by, added_at) values (?, ?, ?, ?, ?)", n.id(), n.placeId(),
				n.name(), n.addedBy(), Timestamp.from(n.addedAt()));
	}

	/** Removes the place and its names when it is still at that version; answers whether it did. */
	boolean remove(UUID id, long version) {
		int removed = jdbc.update("delete from geo_places where id = ? and version = ?", id, version);
		if (removed == 1) {
			jdbc.update("delete from geo_place_names where place_id = ?", "db:" + id);
		}
		return removed == 1;
	}

	boolean removeName(UUID id) {
		return jdbc.update("delete from geo_place_names where id = ?", id) == 1;
	}

	private static AddedPlace place(ResultSet rs, int row) throws SQLException {
		return new AddedPlace(rs.getObject("id", UUID.class), rs.getString("name"), PlaceKind.ofCode(rs.getString("kind")),
				rs.getString("country"), rs.getString("within"), rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("replaces"),
				rs.getString("note"), rs.getString("added_by"), instant(rs, "added_at"), rs.getLong("version"));
	}

	private static AddedName name(ResultSet rs, int row) throws SQLException {
		return new AddedName(rs.getObject("id", UUID.class), rs.getString("place_id"), rs.getString("name"), rs.getString("added_by"),
				instant(rs, "added_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
