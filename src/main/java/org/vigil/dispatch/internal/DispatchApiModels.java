package org.vigil.dispatch.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The JSON shapes of the dispatch API. */
final class DispatchApiModels {

	/** One line of text: no control characters at all. */
	static final String ONE_LINE = "[^\\p{Cntrl}]*";

	/** Text of several lines: no control characters but tab and line breaks. */
	static final String LINES = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	private DispatchApiModels() {
	}

	/**
	 * What {@code POST …/dispatches} sends: between 1 and 20 destinations.
	 *
	 * @param confirmLongFax {@code true} to send a fax longer than {@code vigil.dispatch.fax.max-pages}, which is refused otherwise
	 */
	public record DispatchRequest(@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull ChannelChoice> channels, Boolean confirmLongFax) {

		boolean longFaxConfirmed() {
			return Boolean.TRUE.equals(confirmLongFax);
		}

		List<Dispatching.Choice> choices() {
			return channels.stream().map(c -> new Dispatching.Choice(c.authorityId(), c.channel(), c.to(), c.name(), c.title())).toList();
		}

	}

	/**
	 * What {@code PUT …/dispatches/on-approval} sends: where the appeal goes by itself once approved, between
	 * 1 and 20 destinations as for a dispatch.
	 *
	 * @param version the version of the choice it replaces, as read; absent for the first choice
	 */
	public record OnApprovalRequest(@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull ChannelChoice> channels, Boolean confirmLongFax,
			@PositiveOrZero Long version) {

		List<Dispatching.Choice> choices() {
			return new DispatchRequest(channels, confirmLongFax).choices();
		}

	}

	/**
	 * Where an appeal goes by itself once approved, and what became of it.
	 *
	 * @param chosen whether a choice was made; {@code false}: the appeal waits to be dispatched by hand, and the other
	 *        fields are empty
	 * @param chosenBy the officer who chose it, as whom the appeal is dispatched
	 * @param carriedOutAt when the approval was heard and the choice acted on; {@code null} while it waits
	 * @param refusal the rule that stopped the dispatch on approval ({@code refusal.RULE}), or {@code null}
	 * @param version the choice's version, which a {@code PUT} replacing it gives; {@code null} when none was made
	 */
	public record OnApprovalResponse(UUID appealId, boolean chosen, List<ChannelChoice> channels, boolean confirmLongFax, String chosenBy,
			Instant chosenAt, Instant carriedOutAt, String refusal, Long version) {

		static OnApprovalResponse none(UUID appealId) {
			return new OnApprovalResponse(appealId, false, List.of(), false, null, null, null, null, null);
		}

		static OnApprovalResponse of(PlannedDispatch plan) {
			List<ChannelChoice> channels = plan.choices().stream()
				.map(c -> new ChannelChoice(c.authorityId(), c.channel(), c.to(), c.name(), c.title())).toList();
			return new OnApprovalResponse(plan.appealId(), true, channels, plan.confirmLongFax(), plan.chosenBy(), plan.chosenAt(),
					plan.carriedOutAt(), plan.refusal(), plan.version());
		}

	}

	/**
	 * One destination: an authority of the directory ({@code authorityId}) on a channel, or the address
	 * itself ({@code to}, with the addressee's {@code name} and {@code title}): an email address for
	 * {@code EMAIL}, a fax number for {@code FAX} (sent through the fax gateway), the envelope's lines for
	 * {@code POST} and the form's https address for {@code WEB_FORM}. Email and fax are sent by Vigil; a
	 * letter by post or web form waits for the officer, who marks it sent ({@code …/dispatches/{id}/sent}).
	 */
	public record ChannelChoice(UUID authorityId, @NotNull Channel channel,
			@Size(max = 320) @Pattern(regexp = LINES) String to,
			@Size(max = 300) @Pattern(regexp = ONE_LINE) String name,
			@Size(max = 300) @Pattern(regexp = ONE_LINE) String title) {
	}

	/**
	 * A delivery attempt: where it goes, where it stands, how many tries were made, the last error.
	 *
	 * @param messageId the Message-ID of its email, the same on every try
	 * @param nextAttemptAt when a pending attempt is tried again by Vigil
	 * @param sentBy who marked a letter by post or web form sent, or {@code null} when Vigil sent it
	 * @param receipt the web form's confirmation number, the post's receipt, or the fax gateway's report
	 * @param reportedAt when the fax gateway's report or a bounce arrived
	 */
	public record AttemptResponse(UUID id, UUID appealId, UUID authorityId, Channel channel, String destination,
			String destinationName, String destinationTitle, LocalDate destinationAsOf, AttemptStatus status, String messageId,
			String lastError, int attempts, Instant createdAt, String createdBy, Instant lastAttemptAt, Instant nextAttemptAt,
			Instant sentAt, String sentBy, String receipt, Instant reportedAt) {

		static AttemptResponse of(DeliveryAttempt a) {
			Destination d = a.destination();
			return new AttemptResponse(a.id(), a.appealId(), a.authorityId(), a.channel(), d.address(), d.name(), d.title(), d.asOf(),
					a.status(), a.messageId(), a.lastError(), a.attempts(), a.createdAt(), a.createdBy(), a.lastAttemptAt(),
					a.status() == AttemptStatus.PENDING ? a.nextAttemptAt() : null, a.sentAt(), a.sentBy(), a.receipt(), a.reportedAt());
		}

	}

	/**
	 * What {@code POST …/dispatches/{attemptId}/sent} sends for a letter posted or sent through a web form.
	 *
	 * @param receipt the web form's confirmation number or the registered-post number, if there is one
	 */
	public record MarkSentRequest(@Size(max = 200) @Pattern(regexp = ONE_LINE) String receipt) {
	}

}
