package org.vigil.cases.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Team;
import org.vigil.accounts.Teams;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.DemoCase;
import org.vigil.cases.DemoContribution;
import org.vigil.cases.Outcome;
import org.vigil.cases.PersonCategory;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;
import org.vigil.cases.Priority;
import org.vigil.cases.Reliability;

/**
 * With {@code --demo}, records the case from the design once, so that a newcomer sees a
 * real-looking case right after setup: five North Korean refugees held near Yanji and facing
 * forced return, recorded as one group with a public label and no names. It belongs to the team
 * {@value #TEAM}, the team that first-run setup suggests. Other modules add their part of it (its
 * whereabouts, say) as {@link DemoContribution}s, in the same transaction.
 */
@Component
class SampleCase implements ApplicationRunner {

	static final String TEAM = "Asia";

	static final String TITLE = "Five North Korean refugees facing forced return from Jilin";

	private static final Logger log = LoggerFactory.getLogger(SampleCase.class);

	private final Teams teams;

	private final CaseFileRepository cases;

	private final CaseRegistry registry;

	private final PersonRecords people;

	private final SourceRecords sourceRecords;

	private final List<DemoContribution> contributions;

	SampleCase(Teams teams, CaseFileRepository cases, CaseRegistry registry, PersonRecords people, SourceRecords sourceRecords,
			List<DemoContribution> contributions) {
		this.teams = teams;
		this.cases = cases;
		this.registry = registry;
		this.people = people;
		this.sourceRecords = sourceRecords;
		this.contributions = contributions;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (args.containsOption("demo") && !cases.existsByTitle(TITLE)) {
			CaseFile recorded = record();
			log.info("Recorded the sample case {} for team {}", recorded.reference(), TEAM);
		}
	}

	CaseFile record() {
		Team team = teams.findOrCreate(TEAM);
		CaseDetails details = new CaseDetails(TITLE, """
				Five North Korean refugees were arrested by police in Shenyang (Liaoning) and are now held near Yanji (Jilin). \
				A contact reports that they will "imminently" be moved to Helong, 70 km south-west of Yanji and a few \
				kilometres from the North Korean border, after which forced return can happen at any time. Returned \
				defectors face torture, imprisonment in prison camps, forced labour, sexual violence and possibly execution.""",
				"CN", "KP", "East Asia", new LinkedHashSet<>(List.of("refoulement", "arbitrary detention", "risk of torture")),
				CaseStatus.OPEN, Priority.URGENT, Outcome.STILL_HELD);
		CaseFile caseFile = registry.record(details, team.id(), "system");
		Person group = people.recordPerson(caseFile.id(),
				new PersonProfile(PersonKind.GROUP, 5, PersonRole.AT_RISK, "Refugee group A",
						Set.of(PersonCategory.ASYLUM_SEEKER, PersonCategory.WOMAN)),
				new Identity(null, null, null, null, null, null, "KP",
						"Names not yet known. Three men and two women, according to the contact near Yanji.", null),
				"system");
		LocalDate contactReportedOn = LocalDate.now().minusDays(1);
		LocalDate relativeReportedOn = LocalDate.now().minusDays(3);
		Source contact = sourceRecords.recordSource(caseFile.id(), new SourceDetails("Contact near Yanji", null, null,
				contactReportedOn, Reliability.MEDIUM, true,
				"The five will \"imminently\" be moved from Yanji to Helong, near the border.", Set.of(group.id())), "system");
		Source relative = sourceRecords.recordSource(caseFile.id(), new SourceDetails("Relative of one of the refugees, in Seoul",
				null, null, relativeReportedOn, Reliability.HIGH, true,
				"Confirms the arrest in Shenyang and that the group crossed from North Korea this year.", Set.of(group.id())),
				"system");
		DemoCase demo = new DemoCase(caseFile.id(), group.id(), contact.id(), contactReportedOn, relative.id(), relativeReportedOn);
		contributions.forEach(contribution -> contribution.contribute(demo));
		return caseFile;
	}

}
