package org.vigil.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An entry of the directory: a state body or an official, as an appeal addresses it.
 *
 * @param id the entry's id
 * @param country ISO 3166-1 alpha-2 code of the state the authority belongs to (an embassy: the sending state)
 * @param kind what it is
 * @param name the official's own name, or {@code null} when the entry is the office itself
 * @param title the office, e.g. "President of the People's Republic of China"
 * @param body the body the letter goes to, e.g. "General Office of the Central Committee of the Communist Party of China", or {@code null}
 * @param hostCountry for an embassy or mission abroad, the country where it sits; otherwise {@code null}
 * @param languages ISO 639-1 codes of the languages the authority reads, most preferred first
 * @param formsOfAddress the salutation and address line per language
 * @param channels the contact channels, at most one of each kind, each with as-of date, source and stale flag
 * @param checkedBy who last checked the entry against its sources, or {@code null}: unverified
 * @param checkedOn when, or {@code null}
 * @param retired whether the entry was retired (kept for the letters that used it, suggested no more)
 * @param version the version an edit must name
 */
public record Authority(UUID id, String country, AuthorityKind kind, String name, String title, String body, String hostCountry,
		List<String> languages, List<FormOfAddress> formsOfAddress, List<ContactChannel> channels, String checkedBy,
		LocalDate checkedOn, boolean retired, long version) {

	public Authority {
		languages = List.copyOf(languages);
		formsOfAddress = List.copyOf(formsOfAddress);
		channels = List.copyOf(channels);
	}

	/** Whether someone has checked the entry; an unchecked one shows as unverified wherever it is used. */
	public boolean verified() {
		return checkedOn != null;
	}

	/** Whether any channel is older than the configured age. */
	public boolean possiblyStale() {
		return channels.stream().anyMatch(ContactChannel::stale);
	}

	/** The channel of that kind, if the directory knows one. */
	public Optional<ContactChannel> channel(ChannelKind kind) {
		return channels.stream().filter(c -> c.kind() == kind).findFirst();
	}

	/** The form of address in the letter's language, else the English one, else none. */
	public Optional<FormOfAddress> formOfAddress(String language) {
		return formsOfAddress.stream().filter(f -> f.language().equals(language)).findFirst()
			.or(() -> formsOfAddress.stream().filter(f -> f.language().equals("en")).findFirst());
	}

	/**
	 * The addressee block of a letter in that language: the address line of the form of address
	 * (else the name, when there is one), the title, the body, then the postal address's lines.
	 */
	public List<String> addresseeBlock(String language) {
		List<String> block = new ArrayList<>();
		formOfAddress(language).map(FormOfAddress::addressLine).or(() -> Optional.ofNullable(name)).ifPresent(block::add);
		block.add(title);
		if (body != null) {
			block.add(body);
		}
		channel(ChannelKind.POSTAL).ifPresent(postal -> block.addAll(postal.lines()));
		return block;
	}

}
