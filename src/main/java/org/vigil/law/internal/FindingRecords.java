package org.vigil.law.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vigil.law.Finding;
import org.vigil.law.Findings;

/** The non-treaty sources Vigil ships (findings.json), newest first. */
@Component
class FindingRecords implements Findings {

	private final List<Finding> findings = ShippedData.findings().stream()
		.sorted(Comparator.comparing(Finding::date).reversed())
		.toList();

	@Override
	public List<Finding> all() {
		return findings;
	}

	@Override
	public Optional<Finding> byId(String id) {
		return findings.stream().filter(f -> f.id().equals(id)).findFirst();
	}

	@Override
	public List<Finding> about(String iso2) {
		return findings.stream().filter(f -> f.concerns(iso2)).toList();
	}

}
