package org.vigil.law.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigil.law.ConsentWay;
import org.vigil.law.Finding;
import org.vigil.law.Instrument;
import org.vigil.law.InstrumentCode;
import org.vigil.law.Participation;
import org.vigil.law.ParticipationStatus;
import org.vigil.law.RiskProfile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The legal knowledge Vigil ships, read from {@code src/main/resources/law/}: instruments and their
 * articles, non-treaty sources, the tracked states, the starting participation table (made by
 * {@code scripts/law/build_participation.py}) and the starting risk profiles. See SOURCES.md there.
 */
final class ShippedData {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[] PARTICIPATION_COLUMNS = { "state", "instrument", "status", "how", "date", "signed",
			"reservations", "restricts", "complaints", "verified", "source", "as_of" };

	private ShippedData() {
	}

	static List<Instrument> instruments() {
		List<Instrument> instruments = read("instruments.json", new TypeReference<List<InstrumentJson>>() {
		}).stream().map(InstrumentJson::instrument).toList();
		if (!instruments.stream().map(Instrument::code).toList().equals(List.of(InstrumentCode.values()))) {
			throw new IllegalStateException("instruments.json must list every instrument once, in the order of InstrumentCode");
		}
		return instruments;
	}

	static List<Finding> findings() {
		return read("findings.json", new TypeReference<List<Finding>>() {
		});
	}

	static List<SeedProfile> riskProfiles() {
		return read("risk-profiles.json", new TypeReference<List<SeedProfile>>() {
		});
	}

	/** The tracked states (UN members and observers): ISO code to the name the UN writes, in file order. */
	static Map<String, String> states() {
		Map<String, String> states = new LinkedHashMap<>();
		for (String line : lines("states.tsv")) {
			String[] fields = line.split("\t");
			states.put(fields[0], fields[1]);
		}
		return states;
	}

	static List<Participation> participation() {
		List<String> lines = lines("participation.tsv");
		if (!lines.get(0).equals(String.join("\t", PARTICIPATION_COLUMNS))) {
			throw new IllegalStateException("participation.tsv has unexpected columns: " + lines.get(0));
		}
		List<Participation> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] f = Arrays.copyOf(line.split("\t", -1), PARTICIPATION_COLUMNS.length);
			rows.add(new Participation(f[0], InstrumentCode.parse(f[1]).orElseThrow(() -> new IllegalStateException(line)),
					ParticipationStatus.valueOf(f[2]), blank(f[3]) ? null : ConsentWay.valueOf(f[3]), date(f[4]), date(f[5]),
					blank(f[6]) ? null : f[6], restricts(f[7]), blank(f[8]) ? null : Boolean.valueOf(f[8]),
					Boolean.parseBoolean(f[9]), blank(f[10]) ? null : f[10], date(f[11])));
		}
		return rows;
	}

	static Set<String> restricts(String text) {
		if (blank(text)) {
			return Set.of();
		}
		return new LinkedHashSet<>(Arrays.asList(text.split("\\s*,\\s*")));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static LocalDate date(String value) {
		return blank(value) ? null : LocalDate.parse(value);
	}

	private static List<String> lines(String name) {
		try (InputStream in = open(name);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <T> T read(String name, TypeReference<T> type) {
		try (InputStream in = open(name)) {
			return JSON.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String name) {
		InputStream in = ShippedData.class.getResourceAsStream("/law/" + name);
		if (in == null) {
			throw new IllegalStateException("Missing resource law/" + name);
		}
		return in;
	}

	/** An instrument as instruments.json writes it (its code with a hyphen). */
	record InstrumentJson(String code, String officialName, String shortName, LocalDate adopted, String depositary,
			String complaintsArticle, List<Instrument.Article> articles) {

		Instrument instrument() {
			return new Instrument(InstrumentCode.parse(code).orElseThrow(() -> new IllegalStateException("Unknown instrument " + code)),
					officialName, shortName, adopted, depositary, complaintsArticle, articles);
		}

	}

	/** A shipped risk profile. */
	record SeedProfile(String country, String summary, List<SeedClaim> claims) {
	}

	record SeedClaim(RiskProfile.Claim.Group group, String text, String citation, boolean verified) {
	}

	/** The instruments by code, for quick lookup. */
	static Map<InstrumentCode, Instrument> byCode(List<Instrument> instruments) {
		Map<InstrumentCode, Instrument> map = new EnumMap<>(InstrumentCode.class);
		instruments.forEach(i -> map.put(i.code(), i));
		return map;
	}

}
