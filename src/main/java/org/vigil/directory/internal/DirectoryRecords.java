package org.vigil.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.directory.Authority;
import org.vigil.directory.AuthorityDirectory;
import org.vigil.directory.ContactChannel;
import org.vigil.directory.FormOfAddress;
import org.vigil.platform.EditRule;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;

/**
 * The directory's entries: read by everyone who drafts or sends letters, curated by administrators.
 * Every change names the version it was made on, is kept in the history (Envers) and in the audit
 * log. A change to what an entry says withdraws its check: nobody has checked the new content yet.
 */
@Component
class DirectoryRecords implements AuthorityDirectory {

	static final Comparator<Authority> ORDER = Comparator.comparing(Authority::country)
		.thenComparing(Authority::kind)
		.thenComparing(Authority::title);

	private final AuthorityRepository entries;

	private final DirectoryAudit audit;

	private final DirectoryProperties properties;

	private final Clock clock;

	DirectoryRecords(AuthorityRepository entries, DirectoryAudit audit, DirectoryProperties properties) {
		this.entries = entries;
		this.audit = audit;
		this.properties = properties;
		this.clock = Clock.systemUTC();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Authority> find(UUID id) {
		return id == null ? Optional.empty() : entries.findById(id).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Authority> findAll(Collection<UUID> ids) {
		// One read-only transaction for all of them, each a load by primary key through the plan Hibernate
		// keeps: its multiple load and Spring Data's findAllById both translate their statement again on
		// every call, which cost more than the round trips they save (JFR, docs/benchmarks.md, Drafting).
		Map<UUID, Authority> found = new HashMap<>();
		ids.stream().filter(Objects::nonNull).distinct()
			.forEach(id -> entries.findById(id).ifPresent(entry -> found.put(id, view(entry))));
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Authority> ofCountry(String country) {
		return entries.findByCountryAndRetiredOnIsNull(country == null ? "" : country).stream().map(this::view).sorted(ORDER).toList();
	}

	@Override
	public List<ContactChannel> channels(UUID id) {
		return find(id).map(Authority::channels).orElse(List.of());
	}

	/** One page of the entries in use, of one state or of all. */
	@Transactional(readOnly = true)
	Page<Authority> page(String country, Pageable page) {
		Page<AuthorityEntity> found = country == null ? entries.findByRetiredOnIsNull(page)
				: entries.findByCountryAndRetiredOnIsNull(country, page);
		return found.map(this::view);
	}

	/** Every entry, retired ones too, in directory order: what an export holds. */
	@Transactional(readOnly = true)
	List<Authority> all() {
		return entries.findAllByOrderByCountryAscKindAscTitleAsc().stream().map(this::view).toList();
	}

	/** The entry or 404. */
	Authority get(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException("authority"));
	}

	@Transactional
	public Authority create(Viewer viewer, AuthorityDraft draft) {
		AuthorityDraft cleaned = clean(draft);
		refuseIfAny(viewer, "authority.created", null, DirectoryPolicy.mayCurate(viewer).or(() -> AuthorityChecks.check(cleaned, today())));
		AuthorityEntity entry = entries.saveAndFlush(new AuthorityEntity(UUID.randomUUID(), cleaned));
		audit.record(viewer, "authority.created", entry.id(), Map.of("country", entry.country()));
		return view(entry);
	}

	/** Changes what the entry says, made on {@code version}. */
	@Transactional
	public Authority edit(Viewer viewer, UUID id, AuthorityDraft draft, long version) {
		AuthorityEntity entry = entity(id);
		AuthorityDraft cleaned = clean(draft);
		refuseIfAny(viewer, "authority.changed", id, DirectoryPolicy.mayCurate(viewer)
			.or(() -> current(entry, version, cleaned))
			.or(() -> AuthorityChecks.check(cleaned, today())));
		if (!entry.draft().equals(cleaned)) {
			entry.apply(cleaned);
			entry.checked(null, null);
			entries.saveAndFlush(entry);
			audit.record(viewer, "authority.changed", id, Map.of("country", entry.country()));
		}
		return view(entry);
	}

	/** Records that the viewer checked the entry against its sources today, made on {@code version}. */
	@Transactional
	public Authority verify(Viewer viewer, UUID id, long version) {
		AuthorityEntity entry = entity(id);
		refuseIfAny(viewer, "authority.verified", id, DirectoryPolicy.mayCurate(viewer).or(() -> current(entry, version, null)));
		entry.checked(viewer.username(), today());
		entries.saveAndFlush(entry);
		audit.record(viewer, "authority.verified", id, Map.of("country", entry.country()));
		return view(entry);
	}

	/** Retires the entry, made on {@code version}: kept for the letters that named it, suggested no more. */
	@Transactional
	public Authority retire(Viewer viewer, UUID id, long version) {
		AuthorityEntity entry = entity(id);
		refuseIfAny(viewer, "authority.retired", id, DirectoryPolicy.mayCurate(viewer).or(() -> current(entry, version, null)));
		entry.retire(today());
		entries.saveAndFlush(entry);
		audit.record(viewer, "authority.retired", id, Map.of("country", entry.country()));
		return view(entry);
	}

	/** Records that the viewer exported the directory (nothing in it is protected; the audit log still says who took a copy). */
	void exported(Viewer viewer, int bytes) {
		refuseIfAny(viewer, "authority.exported", null, DirectoryPolicy.mayCurate(viewer));
		audit.record(viewer, "authority.exported", null, Map.of("bytes", String.valueOf(bytes)));
	}

	/** The entry as stored (for imports, which compare before they change anything). */
	Optional<AuthorityEntity> entity(UUID id, boolean orNotFound) {
		Optional<AuthorityEntity> found = entries.findById(id);
		if (orNotFound && found.isEmpty()) {
			throw new NotFoundException("authority");
		}
		return found;
	}

	private AuthorityEntity entity(UUID id) {
		return entity(id, true).orElseThrow();
	}

	/** A refusal when the entry is retired or was saved since {@code version}; the stale one says what is saved now. */
	private Optional<Refusal> current(AuthorityEntity entry, long version, AuthorityDraft sent) {
		if (entry.retiredOn() != null) {
			return Optional.of(Refusal.of(DirectoryRefusal.DIRECTORY_RETIRED));
		}
		if (entry.version() != version) {
			return Optional.of(EditRule.stale(entry.version(), changes(entry.draft(), sent)));
		}
		return Optional.empty();
	}

	private void refuseIfAny(Viewer viewer, String action, UUID id, Optional<Refusal> refusal) {
		if (refusal.isPresent()) {
			audit.denied(viewer, action, id, refusal.get());
			throw refusal.get().toException();
		}
	}

	/** A field saved now that differs from what the editor sent (everything saved, when nothing was sent). */
	record Change(String field, String to, boolean isProtected) {
	}

	static List<Change> changes(AuthorityDraft saved, AuthorityDraft sent) {
		List<Change> changes = new ArrayList<>();
		compare(changes, "country", saved.country(), sent == null ? null : sent.country());
		compare(changes, "kind", saved.kind().name(), sent == null || sent.kind() == null ? null : sent.kind().name());
		compare(changes, "name", saved.name(), sent == null ? null : sent.name());
		compare(changes, "title", saved.title(), sent == null ? null : sent.title());
		compare(changes, "body", saved.body(), sent == null ? null : sent.body());
		compare(changes, "hostCountry", saved.hostCountry(), sent == null ? null : sent.hostCountry());
		compare(changes, "languages", String.join(", ", saved.languages()), sent == null ? null : String.join(", ", sent.languages()));
		compare(changes, "forms", forms(saved.formsOfAddress()), sent == null ? null : forms(sent.formsOfAddress()));
		compare(changes, "channels", channels(saved.channels()), sent == null ? null : channels(sent.channels()));
		return changes;
	}

	private static void compare(List<Change> changes, String field, String saved, String sent) {
		if (!Objects.equals(saved, sent) && !(saved == null && "".equals(sent))) {
			changes.add(new Change(field, saved, false));
		}
	}

	private static String forms(List<FormOfAddress> forms) {
		return String.join("\n", forms.stream().map(f -> f.language() + ": " + f.salutation()
				+ (f.addressLine() == null ? "" : " / " + f.addressLine())).toList());
	}

	private static String channels(List<AuthorityDraft.ChannelDraft> channels) {
		return String.join("\n", channels.stream().map(c -> c.kind() + ": " + c.value().replace('\n', ' ') + " (" + c.asOf() + ", "
				+ c.source() + ")").toList());
	}

	/** The entry as the published API shows it, each channel's stale flag worked out for today. */
	Authority view(AuthorityEntity entry) {
		AuthorityDraft d = entry.draft();
		LocalDate staleBefore = today().minusDays(properties.staleAfter().toDays());
		List<ContactChannel> channels = d.channels().stream()
			.map(c -> new ContactChannel(c.kind(), c.value(), c.asOf(), c.source(), c.asOf().isBefore(staleBefore)))
			.toList();
		return new Authority(entry.id(), d.country(), d.kind(), d.name(), d.title(), d.body(), d.hostCountry(), d.languages(),
				d.formsOfAddress(), channels, entry.checkedBy(), entry.checkedOn(), entry.retiredOn() != null, entry.version());
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Trimmed texts, blank ones absent, line ends made {@code \n}. */
	static AuthorityDraft clean(AuthorityDraft d) {
		List<FormOfAddress> forms = d.formsOfAddress().stream()
			.map(f -> f == null ? null : new FormOfAddress(AuthorityChecks.clean(f.language()), AuthorityChecks.clean(f.salutation()),
					AuthorityChecks.clean(f.addressLine())))
			.toList();
		List<AuthorityDraft.ChannelDraft> channels = d.channels().stream()
			.map(c -> c == null ? null : new AuthorityDraft.ChannelDraft(c.kind(), AuthorityChecks.clean(c.value()), c.asOf(),
					AuthorityChecks.clean(c.source())))
			.toList();
		List<String> languages = d.languages().stream().map(AuthorityChecks::clean).toList();
		return new AuthorityDraft(AuthorityChecks.clean(d.country()), d.kind(), AuthorityChecks.clean(d.name()),
				AuthorityChecks.clean(d.title()), AuthorityChecks.clean(d.body()), AuthorityChecks.clean(d.hostCountry()), languages, forms,
				channels);
	}

}
