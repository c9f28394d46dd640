package org.vigil.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.vigil.accounts.Team;

@Entity
@Table(name = "teams")
class TeamEntity {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true, length = 100)
	private String name;

	@Column(nullable = false)
	private Instant createdAt;

	protected TeamEntity() {
	}

	TeamEntity(String name) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.createdAt = Instant.now();
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	Team toTeam() {
		return new Team(id, name);
	}

}
