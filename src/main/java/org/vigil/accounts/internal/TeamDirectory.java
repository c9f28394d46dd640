package org.vigil.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Team;
import org.vigil.accounts.Teams;
import org.vigil.accounts.Viewer;

/** The teams: found by id or name, created on first mention, listed for administrators. Plain SQL, as the users are. */
@Service
@Transactional(readOnly = true)
class TeamDirectory implements Teams {

	private static final String SELECT = "select id, name from teams ";

	private final JdbcClient jdbc;

	TeamDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Team> allTeams() {
		return jdbc.sql(SELECT + "order by name").query(TeamDirectory::team).list();
	}

	@Override
	public Optional<Team> find(UUID id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query(TeamDirectory::team).optional();
	}

	@Override
	public Optional<Team> findByName(String name) {
		return jdbc.sql(SELECT + "where lower(name) = lower(:name)").param("name", name.strip()).query(TeamDirectory::team).optional();
	}

	@Override
	@Transactional
	public Team findOrCreate(String name) {
		String clean = name.strip();
		return findByName(clean).orElseGet(() -> {
			Team created = new Team(UUID.randomUUID(), clean);
			jdbc.sql("insert into teams (id, name, created_at) values (:id, :name, :now)")
				.param("id", created.id())
				.param("name", created.name())
				.param("now", Rows.timestamp(Instant.now()))
				.update();
			return created;
		});
	}

	@Override
	public Map<UUID, Team> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(SELECT + "where id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query(TeamDirectory::team)
			.stream()
			.collect(Collectors.toMap(Team::id, Function.identity()));
	}

	@Override
	public List<Team> of(Viewer viewer) {
		return byIds(viewer.teamIds()).values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

	private static Team team(ResultSet rs, int row) throws SQLException {
		return new Team(rs.getObject("id", UUID.class), rs.getString("name"));
	}

}
