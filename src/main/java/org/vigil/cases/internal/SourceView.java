package org.vigil.cases.internal;

import java.util.UUID;

/** A source as the case page shows it. */
record SourceView(UUID id, SourceDetails details) {

	static SourceView of(Source source) {
		return new SourceView(source.id(), source.details());
	}

}
