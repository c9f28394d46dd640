package org.vigil.drafting;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.vigil.accounts.Role;
import org.vigil.cases.internal.SampleCases;
import org.vigil.directory.Addressees;
import org.vigil.directory.Authority;
import org.vigil.directory.Suggestion;
import org.vigil.directory.SuggestionFacts;
import org.vigil.support.WebIntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Not a test: a probe of what issue 11's draft + PDF costs in processor time, in-process, on the
 * sample case — the draft generated from the facts ({@code POST …/appeals}, {@code "generate": true})
 * and the kept PDF of its approved letter ({@code GET …/pdf}), each run N times after a warm-up, the
 * request thread's CPU printed per operation (the database's own CPU is not in it). Its name keeps it
 * out of surefire's default includes, and it runs only when asked:
 *
 * <pre>
 * mvn -B -ntp -o -q test -Dtest=DraftAndPdfCpuProbe -Dvigil.probe.rounds=200 -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Add {@code -DargLine="-XX:StartFlightRecording=filename=/tmp/draft.jfr,settings=profile"} for a profile.
 * Speed belongs in the benchmarks (docs/benchmarks.md, <em>Drafting</em>), not in the tests.
 */
@EnabledIfSystemProperty(named = "vigil.probe.rounds", matches = "\\d+")
class DraftAndPdfCpuProbe extends WebIntegrationTest {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Addressees addressees;

	@Test
	void printsTheCpuOfADraftAndOfThePdfOfTheSampleCase() throws Exception {
		int rounds = Integer.getInteger("vigil.probe.rounds");
		TestUser researcher = user(SampleCases.TEAM);
		UUID caseId = SampleCases.record(context);
		Suggestion suggestion = addressees.suggest(new SuggestionFacts("CN", "police"));
		String order = json.writeValueAsString(Map.of("kind", "URGENT_APPEAL", "language", "en", "generate", true,
				"addresseeIds", suggestion.addressees().stream().map(Authority::id).toList(),
				"copyIds", suggestion.copies().stream().map(Authority::id).toList(),
				"confirmed", List.of("CAT/C/CHN/CO/5", "A/HRC/25/63 (2014), commission of inquiry on the DPRK")));
		String appealUrl = "/api/cases/" + caseId + "/appeals/" + draft(researcher, caseId, order);
		mvc.perform(api(post(appealUrl + "/submit"), researcher).content("{\"version\": 0}")).andExpect(status().isOk());
		mvc.perform(api(post(appealUrl + "/approve"), user(SampleCases.TEAM, Role.REVIEWER))
				.content(json.writeValueAsString(Map.of("version", 1, "password", PASSWORD))))
			.andExpect(status().isOk());

		int warmup = Math.max(20, rounds / 4);
		for (int i = 0; i < warmup; i++) {
			draft(researcher, caseId, order);
			pdf(researcher, appealUrl);
		}
		long[] drafts = new long[rounds];
		long[] pdfs = new long[rounds];
		long wallStart = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			long start = THREADS.getCurrentThreadCpuTime();
			draft(researcher, caseId, order);
			long drafted = THREADS.getCurrentThreadCpuTime();
			pdf(researcher, appealUrl);
			drafts[i] = drafted - start;
			pdfs[i] = THREADS.getCurrentThreadCpuTime() - drafted;
		}
		double wallMs = (System.nanoTime() - wallStart) / 1e6 / rounds;
		System.out.printf("%n[probe] draft+PDF, sample case, %d rounds after %d of warm-up%n", rounds, warmup);
		System.out.printf("[probe] draft CPU ms    p50 %.2f  mean %.2f%n", p50(drafts), mean(drafts));
		System.out.printf("[probe] PDF CPU ms      p50 %.2f  mean %.2f%n", p50(pdfs), mean(pdfs));
		System.out.printf("[probe] draft+PDF CPU ms mean %.2f, wall ms a round %.2f, load %s%n%n", mean(drafts) + mean(pdfs), wallMs,
				java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
	}

	private String draft(TestUser researcher, UUID caseId, String order) throws Exception {
		return read(mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), researcher).content(order))
			.andExpect(status().isCreated()).andReturn()).get("id").asString();
	}

	private void pdf(TestUser researcher, String appealUrl) throws Exception {
		mvc.perform(api(get(appealUrl + "/pdf"), researcher).accept("application/pdf")).andExpect(status().isOk());
	}

	private static double p50(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

	private static double mean(long[] nanos) {
		return Arrays.stream(nanos).average().orElse(0) / 1e6;
	}

}
