package org.vigil.dispatch.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.cases.VisibleCase;
import org.vigil.directory.Addressees;
import org.vigil.directory.Authority;
import org.vigil.directory.ChannelKind;
import org.vigil.directory.ContactChannel;
import org.vigil.directory.Suggestion;
import org.vigil.directory.SuggestionFacts;

/**
 * What the dispatch page offers to choose from: the addressees and copies the directory suggests for
 * the state that holds the people, each with every channel it has, the day its address was last known
 * to be right, whether that is old (stale) or the entry was never checked (unverified), and whether the
 * appeal already went there on that channel.
 */
@Component
class DispatchChoices {

	private final Addressees addressees;

	DispatchChoices(Addressees addressees) {
		this.addressees = addressees;
	}

	/** An authority on the page: addressee or copy, and its channels. */
	record Offered(UUID authorityId, String name, String title, boolean copy, boolean verified, List<OfferedChannel> channels) {
	}

	/**
	 * One channel of an authority, as a checkbox.
	 *
	 * @param value the checkbox's value, {@code authorityId:CHANNEL}
	 * @param sent the appeal was dispatched there on that channel already
	 */
	record OfferedChannel(String value, Channel channel, String address, LocalDate asOf, boolean stale, boolean sent) {
	}

	List<Offered> offered(VisibleCase visibleCase, List<DeliveryAttempt> sentBefore) {
		if (visibleCase.countryOfCustody() == null) {
			return List.of();
		}
		Set<String> sent = new HashSet<>();
		for (DeliveryAttempt attempt : sentBefore) {
			if (attempt.authorityId() != null) {
				sent.add(attempt.authorityId() + ":" + attempt.channel());
			}
		}
		Suggestion suggestion = addressees.suggest(new SuggestionFacts(visibleCase.countryOfCustody(), null));
		List<Offered> offered = new ArrayList<>();
		suggestion.addressees().forEach(authority -> offered.add(offer(authority, false, sent)));
		suggestion.copies().forEach(authority -> offered.add(offer(authority, true, sent)));
		return offered;
	}

	private static Offered offer(Authority authority, boolean copy, Set<String> sent) {
		List<OfferedChannel> channels = new ArrayList<>();
		for (ContactChannel contact : authority.channels()) {
			Channel channel = channelOf(contact.kind());
			String value = authority.id() + ":" + channel;
			channels.add(new OfferedChannel(value, channel, String.join(", ", contact.lines()), contact.asOf(), contact.stale(),
					sent.contains(value)));
		}
		String name = authority.name() == null || authority.name().isBlank() ? authority.body() : authority.name();
		return new Offered(authority.id(), name, authority.title(), copy, authority.verified(), channels);
	}

	/** A checkbox's value read back: the authority and the channel; empty when it is not of that shape. */
	static Optional<Dispatching.Choice> choiceOf(String value) {
		int colon = value == null ? -1 : value.indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		try {
			UUID authorityId = UUID.fromString(value.substring(0, colon));
			Channel channel = Channel.valueOf(value.substring(colon + 1).toUpperCase(Locale.ROOT));
			return Optional.of(new Dispatching.Choice(authorityId, channel, null, null, null));
		}
		catch (IllegalArgumentException notAChoice) {
			return Optional.empty();
		}
	}

	/** The checkbox values of a plan's choices of the directory, to show them ticked. */
	static List<String> valuesOf(PlannedDispatch plan) {
		return plan.choices().stream().filter(c -> c.authorityId() != null).map(c -> c.authorityId() + ":" + c.channel()).toList();
	}

	static Channel channelOf(ChannelKind kind) {
		return switch (kind) {
			case EMAIL -> Channel.EMAIL;
			case FAX -> Channel.FAX;
			case POSTAL -> Channel.POST;
			case WEB_FORM -> Channel.WEB_FORM;
		};
	}

}
