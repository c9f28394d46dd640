package org.vigil.dispatch.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One letter of an appeal to one destination on one channel, and what became of it. Created
 * pending with its Message-ID; its outcome is written by {@link AttemptLedger}, which claims it for
 * one sender at a time, or by the officer who posted it or filled in the web form.
 */
@Entity
@Table(name = "dispatch_attempts")
class DeliveryAttempt {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID caseId;

	@Column(nullable = false)
	private UUID appealId;

	@Column(nullable = false, length = 20)
	private String appealReference;

	private UUID authorityId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private Channel channel;

	@Column(nullable = false, length = 320)
	private String destination;

	@Column(length = 300)
	private String destinationName;

	@Column(length = 300)
	private String destinationTitle;

	private LocalDate destinationAsOf;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private AttemptStatus status;

	@Column(nullable = false, length = 250)
	private String messageId;

	@Column(length = 500)
	private String lastError;

	@Column(nullable = false)
	private int attempts;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false, length = 64)
	private String createdBy;

	private Instant inFlightSince;

	private Instant lastAttemptAt;

	private Instant nextAttemptAt;

	private Instant sentAt;

	@Column(length = 64)
	private String sentBy;

	@Column(length = 200)
	private String receipt;

	private Instant reportedAt;

	@Version
	private Long version;

	protected DeliveryAttempt() {
	}

	DeliveryAttempt(UUID id, UUID caseId, UUID appealId, String appealReference, UUID authorityId, Channel channel,
			Destination destination, String messageId, String createdBy) {
		this.id = id;
		this.caseId = caseId;
		this.appealId = appealId;
		this.appealReference = appealReference;
		this.authorityId = authorityId;
		this.channel = channel;
		this.destination = destination.address();
		this.destinationName = destination.name();
		this.destinationTitle = destination.title();
		this.destinationAsOf = destination.asOf();
		this.status = AttemptStatus.PENDING;
		this.messageId = messageId;
		this.createdAt = Instant.now();
		this.createdBy = createdBy;
		// Post and web forms wait for an officer, not for a try of Vigil's.
		this.nextAttemptAt = channel.sentByVigil() ? createdAt : null;
	}

	UUID id() { return id; }
	UUID caseId() { return caseId; }
	UUID appealId() { return appealId; }
	String appealReference() { return appealReference; }
	UUID authorityId() { return authorityId; }
	Channel channel() { return channel; }
	Destination destination() { return new Destination(destinationName, destinationTitle, destination, destinationAsOf); }
	AttemptStatus status() { return status; }
	String messageId() { return messageId; }
	String lastError() { return lastError; }
	int attempts() { return attempts; }
	Instant createdAt() { return createdAt; }
	String createdBy() { return createdBy; }
	Instant lastAttemptAt() { return lastAttemptAt; }
	Instant nextAttemptAt() { return nextAttemptAt; }
	Instant sentAt() { return sentAt; }
	/** Who marked it sent by hand (post, web form), or {@code null} when Vigil sent it. */
	String sentBy() { return sentBy; }
	/** The web form's confirmation number, the registered-post number or the gateway's report, or {@code null}. */
	String receipt() { return receipt; }
	/** When a fax gateway's report or a bounce last changed it, or {@code null}. */
	Instant reportedAt() { return reportedAt; }

}
