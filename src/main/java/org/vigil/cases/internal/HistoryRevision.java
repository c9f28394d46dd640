package org.vigil.cases.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change set in the history, with who made it. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(HistoryRevisionListener.class)
class HistoryRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private long id;

	@RevisionTimestamp
	@Column(nullable = false)
	private long timestamp;

	@Column(length = 64)
	private String username;

	long id() {
		return id;
	}

	Instant at() {
		return Instant.ofEpochMilli(timestamp);
	}

	String username() {
		return username;
	}

	void setUsername(String username) {
		this.username = username;
	}

}
