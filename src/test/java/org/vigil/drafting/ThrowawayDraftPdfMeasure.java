package org.vigil.drafting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
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

/** Throw-away measurement, never committed. */
class ThrowawayDraftPdfMeasure extends WebIntegrationTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Addressees addressees;

	@Test
	void measure() throws Exception {
		UUID caseId = SampleCases.record(context);
		TestUser author = user(SampleCases.TEAM);
		TestUser reviewer = user(SampleCases.TEAM, Role.REVIEWER);
		Suggestion s = addressees.suggest(new SuggestionFacts("CN", "police"));
		String order = json.writeValueAsString(Map.of("kind", "URGENT_APPEAL", "language", "en", "generate", true,
				"addresseeIds", s.addressees().stream().map(Authority::id).toList(), "copyIds", s.copies().stream().map(Authority::id).toList()));
		String appealId = read(mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), author).content(order)).andReturn()).get("id").asString();
		String url = "/api/cases/" + caseId + "/appeals/" + appealId;
		mvc.perform(api(post(url + "/submit"), author).content("{\"version\": 0}")).andExpect(status().isOk());
		mvc.perform(api(post(url + "/approve"), reviewer).content(json.writeValueAsString(Map.of("version", 1, "password", PASSWORD)))).andExpect(status().isOk());
		Callable<Void> pdf = () -> { mvc.perform(api(get(url + "/pdf"), author)).andExpect(status().isOk()); return null; };
		Callable<Void> render = () -> { jdbc.update("delete from appeal_letter_pdfs where appeal_id = ?::uuid", appealId); return pdf.call(); };
		Callable<Void> draft = () -> { mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), author).content(order)).andExpect(status().isCreated()); return null; };
		Callable<Void> both = () -> { draft.call(); return pdf.call(); };
		Callable<Void> bothRendering = () -> { draft.call(); return render.call(); };
		for (int i = 0; i < 6; i++) { both.call(); render.call(); }
		StringBuilder out = new StringBuilder();
		for (int clients : new int[] { 1, 8 }) {
			int n = clients == 1 ? 24 : 48;
			out.append(line("draft+pdf (kept)", clients, run(both, clients, n)));
			out.append(line("draft+pdf (rendered each time, as before)", clients, run(bothRendering, clients, n)));
			out.append(line("draft alone", clients, run(draft, clients, n)));
			out.append(line("pdf kept", clients, run(pdf, clients, n)));
			out.append(line("pdf rendered (bare render + store)", clients, run(render, clients, n)));
		}
		out.append("load: ").append(new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))));
		java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/lett5/measure.txt"), out.toString());
	}

	private static String line(String what, int clients, List<Double> ms) {
		Collections.sort(ms);
		return String.format("%-45s clients %d n %d p50 %.1f p95 %.1f max %.1f%n", what, clients, ms.size(), ms.get((int) Math.ceil(0.5 * ms.size()) - 1),
				ms.get((int) Math.ceil(0.95 * ms.size()) - 1), ms.get(ms.size() - 1));
	}

	private static List<Double> run(Callable<Void> task, int clients, int n) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<List<Double>>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				List<Double> times = new ArrayList<>();
				for (int i = 0; i < n / clients; i++) {
					long start = System.nanoTime();
					task.call();
					times.add((System.nanoTime() - start) / 1e6);
				}
				return times;
			}));
		}
		List<Double> all = new ArrayList<>();
		for (Future<List<Double>> f : futures) {
			all.addAll(f.get());
		}
		pool.shutdown();
		return all;
	}

}
