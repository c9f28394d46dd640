package org.vigil.cases.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.springframework.stereotype.Component;
import org.vigil.cases.CaseSteps;

/**
 * Reads the revision history that Hibernate Envers keeps of cases, persons and sources, and turns
 * consecutive versions into "who changed which field, when"; the steps other modules took on the
 * case (appeals drafted, submitted, approved) come in among them, newest first.
 */
@Component
class CaseHistory {

	private final EntityManager entityManager;

	private final List<CaseSteps> steps;

	CaseHistory(EntityManager entityManager, List<CaseSteps> steps) {
		this.entityManager = entityManager;
		this.steps = steps;
	}

	List<HistoryEntry> of(UUID caseId) {
		List<HistoryEntry> entries = new ArrayList<>();
		entries.addAll(entries(CaseFile.class, AuditEntity.id().eq(caseId), "case", CaseFile::id, CaseFile::reference,
				c -> RecordFields.of(c.details()), c -> false));
		entries.addAll(entries(Person.class, AuditEntity.property("caseId").eq(caseId), "person", Person::id,
				p -> p.profile().publicLabel(), p -> RecordFields.of(p.profile(), p.identity()), p -> false));
		// A source is deleted softly: the revision that marks it deleted reads as its removal.
		entries.addAll(entries(Source.class, AuditEntity.property("caseId").eq(caseId), "source", Source::id,
				s -> s.storedDetails().label(), s -> RecordFields.of(s.storedDetails()), Source::isDeleted));
		for (CaseSteps module : steps) {
			module.of(caseId).forEach(step -> entries.add(new HistoryEntry(HistoryEntry.NO_REVISION, step.at(), step.by(),
					step.recordType(), step.recordId(), step.recordLabel(), step.action(), List.of())));
		}
		entries.sort(Comparator.comparing(HistoryEntry::at).thenComparingLong(HistoryEntry::revision).reversed());
		return entries;
	}

	Optional<CaseFile> caseAt(UUID caseId, long version) {
		return versionOf(CaseFile.class, caseId, version);
	}

	Optional<Person> personAt(UUID personId, long version) {
		return versionOf(Person.class, personId, version);
	}

	Optional<Source> sourceAt(UUID sourceId, long version) {
		return versionOf(Source.class, sourceId, version);
	}

	private <T> Optional<T> versionOf(Class<T> type, UUID id, long version) {
		List<?> found = reader().createQuery().forRevisionsOfEntity(type, true, false)
			.add(AuditEntity.id().eq(id))
			.add(AuditEntity.property("version").eq(version))
			.setMaxResults(1)
			.getResultList();
		return found.stream().map(type::cast).findFirst();
	}

	private <T> List<HistoryEntry> entries(Class<T> type, AuditCriterion criterion, String recordType,
			Function<T, UUID> id, Function<T, String> label, Function<T, Map<String, Object>> fields, Predicate<T> deleted) {
		List<?> rows = reader().createQuery().forRevisionsOfEntity(type, false, true)
			.add(criterion)
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		Map<UUID, Map<String, Object>> previous = new HashMap<>();
		Map<UUID, Boolean> wasDeleted = new HashMap<>();
		List<HistoryEntry> entries = new ArrayList<>();
		for (Object row : rows) {
			Object[] columns = (Object[]) row;
			T entity = type.cast(columns[0]);
			HistoryRevision revision = (HistoryRevision) columns[1];
			RevisionType revisionType = (RevisionType) columns[2];
			Map<String, Object> now = fields.apply(entity);
			Map<String, Object> before = previous.getOrDefault(id.apply(entity), Map.of());
			boolean deletedNow = deleted.test(entity) && !wasDeleted.getOrDefault(id.apply(entity), false);
			String action = switch (revisionType) {
				case ADD -> "created";
				case MOD -> deletedNow ? "deleted" : "changed";
				case DEL -> "deleted";
			};
			List<FieldChange> changes = RecordFields.changes(before, now);
			wasDeleted.put(id.apply(entity), deleted.test(entity));
			if (!changes.isEmpty() || revisionType != RevisionType.MOD || deletedNow) {
				entries.add(new HistoryEntry(revision.id(), revision.at(), revision.username(), recordType,
						id.apply(entity), label.apply(entity), action, changes));
			}
			previous.put(id.apply(entity), now);
		}
		return entries;
	}

	private AuditReader reader() {
		return AuditReaderFactory.get(entityManager);
	}

}
