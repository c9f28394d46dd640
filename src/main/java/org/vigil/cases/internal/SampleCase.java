package org.vigil.cases.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Role;
import org.vigil.accounts.Team;
import org.vigil.accounts.Teams;
import org.vigil.accounts.UserCreated;
import org.vigil.accounts.UserDirectory;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.DemoCase;
import org.vigil.cases.DemoContribution;
import org.vigil.cases.Outcome;
import org.vigil.cases.PersonCategory;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;
import org.vigil.cases.Priority;
import org.vigil.cases.Reliability;
import org.vigil.cases.ReturnRisk;

/**
 * With {@code --demo}, records the case from the design once, so that a newcomer sees a
 * real-looking case right after setup: five North Korean refugees held near Yanji and facing
 * forced return, recorded as one group with a public label and no names.
 *
 * <p>The case works for its first user: its opener is the first administrator — or the user
 * {@code --demo=NAME} names — who holds the identity permission on it, as whoever opens a case
 * does, and the case is in their team ({@value #TEAM}, which first-run setup suggests, when they
 * belong to it). On a fresh install that user does not exist yet when the server starts: the case
 * is recorded in {@value #TEAM} with no opener, and becomes theirs once they are created.
 *
 * <p>Other modules add their part of it (its whereabouts, say) as {@link DemoContribution}s, in the
 * same transaction. Only the server records it: an operator command has no web application, so
 * it makes neither this nor the contributions it would need.
 */
@Component
@ConditionalOnWebApplication
class SampleCase implements ApplicationRunner {

	static final String TEAM = "Asia";

	static final String TITLE = "Five North Korean refugees facing forced return from Jilin";

	private static final Logger log = LoggerFactory.getLogger(SampleCase.class);

	private final Teams teams;

	private final UserDirectory users;

	private final CaseFileRepository cases;

	private final CaseRegistry registry;

	private final PersonRecords people;

	private final SourceRecords sourceRecords;

	private final IdentityAccess identities;

	private final CaseAudit audit;

	private final List<DemoContribution> contributions;

	/** Whom {@code --demo} makes the opener: a user name, "" for the first administrator; {@code null} without {@code --demo}. */
	private volatile String opener;

	SampleCase(Teams teams, UserDirectory users, CaseFileRepository cases, CaseRegistry registry, PersonRecords people,
			SourceRecords sourceRecords, IdentityAccess identities, CaseAudit audit, List<DemoContribution> contributions) {
		this.teams = teams;
		this.users = users;
		this.cases = cases;
		this.registry = registry;
		this.people = people;
		this.sourceRecords = sourceRecords;
		this.identities = identities;
		this.audit = audit;
		this.contributions = contributions;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!args.containsOption("demo")) {
			return;
		}
		List<String> named = args.getOptionValues("demo");
		opener = named.isEmpty() ? "" : named.get(0).strip();
		CaseFile sample = cases.findFirstByTitleOrderByCreatedAtAsc(TITLE).orElseGet(this::record);
		Optional<Viewer> known = opener.isEmpty() ? users.firstAdministrator() : users.viewerNamed(opener);
		known.ifPresentOrElse(user -> openFor(sample, user), () -> log.info("The sample case {} becomes the case of {} once created",
				sample.reference(), opener.isEmpty() ? "the first administrator" : opener));
	}

	/** The user {@code --demo} waited for was created: the sample case becomes theirs. */
	@ApplicationModuleListener
	void on(UserCreated created) {
		String wanted = opener;
		boolean isOpener = wanted != null && (wanted.isEmpty() ? created.roles().contains(Role.ADMINISTRATOR)
				: wanted.equalsIgnoreCase(created.username()));
		if (isOpener) {
			cases.findFirstByTitleOrderByCreatedAtAsc(TITLE).ifPresent(sample -> openFor(sample, created.asViewer()));
		}
	}

	/** Makes the user the opener of the sample case, unless it has one already. */
	void openFor(CaseFile sample, Viewer user) {
		if (!CaseAudit.SYSTEM.equals(sample.createdBy())) {
			return;
		}
		sample.openedFor(user.username(), teamFor(user, sample.teamId()));
		cases.saveAndFlush(sample);
		// Whoever opens a case records who the people are, so holds the identity permission for it.
		identities.grant(sample.id(), user.userId(), CaseAudit.SYSTEM, null);
		audit.recordBySystem("case.opened", sample.id(), Map.of("reference", sample.reference(), "opener", user.username(),
				"via", "--demo"));
		log.info("The sample case {} is now the case of {}", sample.reference(), user.username());
	}

	/** The case's team when the user is in it; else their team named {@value #TEAM}, or the first of theirs by name. */
	private UUID teamFor(Viewer user, UUID current) {
		if (user.isMemberOf(current)) {
			return current;
		}
		return teams.of(user).stream()
			.min(Comparator.comparing((Team team) -> !team.name().equalsIgnoreCase(TEAM)).thenComparing(Team::name))
			.map(Team::id)
			.orElse(current);
	}

	/** Records the case whole, with every module's part of it, or nothing; its events go out once it commits. */
	@Transactional
	CaseFile record() {
		Team team = teams.findOrCreate(TEAM);
		CaseDetails details = new CaseDetails(TITLE, """
				Five North Korean refugees were arrested by police in Shenyang (Liaoning) and are now held near Yanji (Jilin). \
				A contact reports that they will "imminently" be moved to Helong, 70 km south-west of Yanji and a few \
				kilometres from the North Korean border, after which forced return can happen at any time. Returned \
				defectors face torture, imprisonment in prison camps, forced labour, sexual violence and possibly execution.""",
				"CN", "KP", "East Asia", new LinkedHashSet<>(List.of("refoulement", "arbitrary detention", "risk of torture")),
				EnumSet.of(ReturnRisk.TORTURE, ReturnRisk.DEATH_PENALTY, ReturnRisk.ARBITRARY_DETENTION,
						ReturnRisk.ENFORCED_DISAPPEARANCE, ReturnRisk.SEXUAL_VIOLENCE, ReturnRisk.FORCED_LABOUR),
				CaseStatus.OPEN, Priority.URGENT, Outcome.STILL_HELD);
		CaseFile caseFile = registry.record(details, team.id(), CaseAudit.SYSTEM);
		Person group = people.recordPerson(caseFile.id(),
				new PersonProfile(PersonKind.GROUP, 5, PersonRole.AT_RISK, "Refugee group A",
						Set.of(PersonCategory.ASYLUM_SEEKER, PersonCategory.WOMAN)),
				new Identity(null, null, null, null, null, null, "KP",
						"Names not yet known. Three men and two women, according to the contact near Yanji.", null),
				CaseAudit.SYSTEM);
		LocalDate contactReportedOn = LocalDate.now().minusDays(1);
		LocalDate relativeReportedOn = LocalDate.now().minusDays(3);
		Source contact = sourceRecords.recordSource(caseFile.id(), new SourceDetails("Contact near Yanji", null, null,
				contactReportedOn, Reliability.MEDIUM, true,
				"The five will \"imminently\" be moved from Yanji to Helong, near the border.", Set.of(group.id())), CaseAudit.SYSTEM);
		Source relative = sourceRecords.recordSource(caseFile.id(), new SourceDetails("Relative of one of the refugees, in Seoul",
				null, null, relativeReportedOn, Reliability.HIGH, true,
				"Confirms the arrest in Shenyang and that the group crossed from North Korea this year.", Set.of(group.id())),
				CaseAudit.SYSTEM);
		DemoCase demo = new DemoCase(caseFile.id(), group.id(), contact.id(), contactReportedOn, relative.id(), relativeReportedOn);
		contributions.forEach(contribution -> contribution.contribute(demo));
		log.info("Recorded the sample case {} for team {}", caseFile.reference(), TEAM);
		return caseFile;
	}

}
