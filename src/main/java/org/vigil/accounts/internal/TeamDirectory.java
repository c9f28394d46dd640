package org.vigil.accounts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Team;
import org.vigil.accounts.Teams;
import org.vigil.accounts.Viewer;

/** The teams: found by id or name, created on first mention, listed for administrators. */
@Service
@Transactional(readOnly = true)
class TeamDirectory implements Teams {

	private final TeamRepository teams;

	TeamDirectory(TeamRepository teams) {
		this.teams = teams;
	}

	List<Team> allTeams() {
		return teams.findAllByOrderByNameAsc().stream().map(TeamEntity::toTeam).toList();
	}

	@Override
	public Optional<Team> find(UUID id) {
		return teams.findById(id).map(TeamEntity::toTeam);
	}

	@Override
	public Optional<Team> findByName(String name) {
		return teams.findByNameIgnoreCase(name.strip()).map(TeamEntity::toTeam);
	}

	@Override
	@Transactional
	public Team findOrCreate(String name) {
		String clean = name.strip();
		return teams.findByNameIgnoreCase(clean).orElseGet(() -> teams.save(new TeamEntity(clean))).toTeam();
	}

	@Override
	public Map<UUID, Team> byIds(Collection<UUID> ids) {
		return teams.findAllById(ids).stream().map(TeamEntity::toTeam).collect(Collectors.toMap(Team::id, Function.identity()));
	}

	@Override
	public List<Team> of(Viewer viewer) {
		return byIds(viewer.teamIds()).values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

}
