package org.vigil.dispatch.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.directory.Authority;
import org.vigil.directory.AuthorityDirectory;
import org.vigil.directory.ChannelKind;
import org.vigil.directory.ContactChannel;

/**
 * The destinations of authorities, from the directory: the address an authority has on a channel
 * and the day it was last known to be right. A retired authority is still found (a letter already
 * named it), one without that channel is not.
 */
@Component
class DirectoryDestinations implements Destinations {

	private final AuthorityDirectory directory;

	DirectoryDestinations(AuthorityDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Optional<Destination> of(UUID authorityId, Channel channel) {
		return directory.find(authorityId).flatMap(authority -> authority.channel(kind(channel))
			.map(found -> destination(authority, found)));
	}

	private static Destination destination(Authority authority, ContactChannel channel) {
		String name = authority.name() == null || authority.name().isBlank() ? authority.body() : authority.name();
		return new Destination(name, authority.title(), String.join("\n", channel.lines()), channel.asOf());
	}

	private static ChannelKind kind(Channel channel) {
		return switch (channel) {
			case EMAIL -> ChannelKind.EMAIL;
			case FAX -> ChannelKind.FAX;
			case POST -> ChannelKind.POSTAL;
			case WEB_FORM -> ChannelKind.WEB_FORM;
		};
	}

}
