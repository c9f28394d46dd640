package org.vigil.dispatch.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON shapes of the dispatch API. */
final class DispatchApiModels {

	/** One line of text: no control characters at all. */
	static final String ONE_LINE = "[^\\p{Cntrl}]*";

	/** Text of several lines: no control characters but tab and line breaks. */
	static final String LINES = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	private DispatchApiModels() {
	}

	/** What {@code POST …/dispatches} sends: between 1 and 20 destinations. */
	public record DispatchRequest(@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull ChannelChoice> channels) {

		List<Dispatching.Choice> choices() {
			return channels.stream().map(c -> new Dispatching.Choice(c.authorityId(), c.channel(), c.to(), c.name(), c.title())).toList();
		}

	}

	/**
	 * One destination: an authority of the directory ({@code authorityId}) on a channel, or the address
	 * itself ({@code to}, with the addressee's {@code name} and {@code title}). Only {@code EMAIL} is sent
	 * by Vigil so far.
	 */
	public record ChannelChoice(UUID authorityId, @NotNull Channel channel,
			@Email @Size(max = 254) @Pattern(regexp = ONE_LINE) String to,
			@Size(max = 300) @Pattern(regexp = ONE_LINE) String name,
			@Size(max = 300) @Pattern(regexp = ONE_LINE) String title) {
	}

	/**
	 * A delivery attempt: where it goes, where it stands, how many tries were made, the last error.
	 *
	 * @param messageId the Message-ID of its email, the same on every try
	 * @param nextAttemptAt when a pending attempt is tried again
	 */
	public record AttemptResponse(UUID id, UUID appealId, UUID authorityId, Channel channel, String destination,
			String destinationName, String destinationTitle, LocalDate destinationAsOf, AttemptStatus status, String messageId,
			String lastError, int attempts, Instant createdAt, String createdBy, Instant lastAttemptAt, Instant nextAttemptAt,
			Instant sentAt) {

		static AttemptResponse of(DeliveryAttempt a) {
			Destination d = a.destination();
			return new AttemptResponse(a.id(), a.appealId(), a.authorityId(), a.channel(), d.address(), d.name(), d.title(), d.asOf(),
					a.status(), a.messageId(), a.lastError(), a.attempts(), a.createdAt(), a.createdBy(), a.lastAttemptAt(),
					a.status() == AttemptStatus.PENDING ? a.nextAttemptAt() : null, a.sentAt());
		}

	}

}
