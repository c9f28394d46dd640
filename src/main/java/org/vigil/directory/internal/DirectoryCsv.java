package org.vigil.directory.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigil.directory.Authority;
import org.vigil.directory.AuthorityKind;
import org.vigil.directory.ChannelKind;
import org.vigil.directory.ContactChannel;
import org.vigil.directory.FormOfAddress;
import org.vigil.platform.Refusal;

/**
 * The directory as a CSV file (UTF-8, a header line, one entry per line; README "Directory of
 * authorities" documents the columns). The columns, in the order an export writes them:
 * {@code id, country, kind, name, title, body, host_country, languages} (ISO 639-1 codes separated
 * by {@code ;}), then per channel kind its value, as-of date and source
 * ({@code postal, postal_as_of, postal_source, fax, …, email, …, web_form, …}), then
 * {@code checked_by, checked_on, retired} ({@code retired} or blank), then a {@code salutation_<lang>, address_line_<lang>}
 * pair per language. Dates are written {@code 2026-12-01}. A blank {@code id} makes a new entry.
 * Reading checks every line as an edit would be checked and refuses the file at the first line that
 * is wrong, naming the line, the column and the reason.
 */
final class DirectoryCsv {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_ENTRIES = 5000;

	static final List<String> FIXED = List.of("id", "country", "kind", "name", "title", "body", "host_country", "languages");

	static final List<String> CHECKS = List.of("checked_by", "checked_on", "retired");

	private static final Pattern FORM_COLUMN = Pattern.compile("(salutation|address_line)_([a-z]{2})");

	/** One line of the file, read and checked. */
	record Row(int line, UUID id, AuthorityDraft draft, String checkedBy, LocalDate checkedOn, boolean retired) {
	}

	/** Why a file was refused: the line and column (or {@code null}) and the reason. */
	record Problem(int line, String column, Refusal reason) {

		/** The refusal a caller is answered with: the line and column, the reason's rule in its details. */
		Refusal refusal() {
			return Refusal.onField(DirectoryRefusal.DIRECTORY_IMPORT_LINE, "file", line, column == null ? "—" : column)
				.with("line", line).with("column", column == null ? "" : column).with("reason", reason.rule().name());
		}

	}

	/** The outcome of reading: the rows, or the problem. */
	record Read(List<Row> rows, Problem problem) {
	}

	private DirectoryCsv() {
	}

	static List<String> channelColumns(ChannelKind kind) {
		String base = kind.name().toLowerCase(Locale.ROOT);
		return List.of(base, base + "_as_of", base + "_source");
	}

	static List<String> header(Set<String> formLanguages) {
		List<String> header = new ArrayList<>(FIXED);
		for (ChannelKind kind : ChannelKind.values()) {
			header.addAll(channelColumns(kind));
		}
		header.addAll(CHECKS);
		for (String language : formLanguages) {
			header.add("salutation_" + language);
			header.add("address_line_" + language);
		}
		return header;
	}

	// ------------------------------------------------------------ writing

	static String write(List<Authority> entries) {
		Set<String> languages = new TreeSet<>(List.of("en", "ko", "zh"));
		entries.forEach(a -> a.formsOfAddress().forEach(f -> languages.add(f.language())));
		List<String> header = header(languages);
		StringBuilder out = new StringBuilder(CsvText.line(header));
		for (Authority a : entries) {
			List<String> values = new ArrayList<>(List.of(a.id().toString(), a.country(), a.kind().name(), text(a.name()), a.title(),
					text(a.body()), text(a.hostCountry()), String.join(";", a.languages())));
			for (ChannelKind kind : ChannelKind.values()) {
				Optional<ContactChannel> channel = a.channel(kind);
				values.add(channel.map(ContactChannel::value).orElse(""));
				values.add(channel.map(c -> c.asOf().toString()).orElse(""));
				values.add(channel.map(ContactChannel::source).orElse(""));
			}
			values.add(text(a.checkedBy()));
			values.add(a.checkedOn() == null ? "" : a.checkedOn().toString());
			values.add(a.retired() ? "retired" : "");
			for (String language : languages) {
				Optional<FormOfAddress> form = a.formsOfAddress().stream().filter(f -> f.language().equals(language)).findFirst();
				values.add(form.map(FormOfAddress::salutation).orElse(""));
				values.add(form.map(FormOfAddress::addressLine).map(DirectoryCsv::text).orElse(""));
			}
			out.append(CsvText.line(values));
		}
		return out.toString();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	// ------------------------------------------------------------ reading

	static Read read(byte[] file, LocalDate today) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
		}
		catch (CharacterCodingException ex) {
			return problem(1, null, Refusal.of(DirectoryRefusal.DIRECTORY_CSV_ENCODING));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<CsvText.Line> lines;
		try {
			lines = CsvText.parse(text, MAX_ENTRIES + 1);
		}
		catch (CsvText.Unreadable ex) {
			return problem(ex.line(), null, ex.reason());
		}
		if (lines.isEmpty()) {
			return problem(1, null, Refusal.of(DirectoryRefusal.DIRECTORY_CSV_ROWS, MAX_ENTRIES));
		}
		List<String> header = lines.get(0).values().stream().map(String::strip).toList();
		Optional<Problem> headerProblem = checkHeader(header);
		if (headerProblem.isPresent()) {
			return new Read(List.of(), headerProblem.get());
		}
		if (lines.size() < 2) {
			return problem(1, null, Refusal.of(DirectoryRefusal.DIRECTORY_CSV_ROWS, MAX_ENTRIES));
		}
		List<Row> rows = new ArrayList<>();
		Set<UUID> ids = new HashSet<>();
		for (CsvText.Line line : lines.subList(1, lines.size())) {
			if (line.values().size() != header.size()) {
				return problem(line.number(), null, Refusal.of(DirectoryRefusal.DIRECTORY_CSV_WIDTH, line.values().size(), header.size()));
			}
			Map<String, String> values = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				values.put(header.get(i), line.values().get(i));
			}
			RowReader reader = new RowReader(line.number(), values, today);
			Optional<Row> row = reader.row();
			if (row.isEmpty()) {
				return new Read(List.of(), reader.problem);
			}
			if (row.get().id() != null && !ids.add(row.get().id())) {
				return problem(line.number(), "id", Refusal.onField(DirectoryRefusal.DIRECTORY_CSV_ID, "id"));
			}
			rows.add(row.get());
		}
		return new Read(rows, null);
	}

	private static Read problem(int line, String column, Refusal reason) {
		return new Read(List.of(), new Problem(line, column, reason));
	}

	private static Optional<Problem> checkHeader(List<String> header) {
		Set<String> known = new HashSet<>(header(Set.of()));
		Set<String> seen = new HashSet<>();
		for (String column : header) {
			if ((!known.contains(column) && !FORM_COLUMN.matcher(column).matches()) || !seen.add(column)) {
				return Optional.of(new Problem(1, column, Refusal.of(DirectoryRefusal.DIRECTORY_CSV_UNKNOWN_COLUMN, column)));
			}
		}
		for (String column : known) {
			if (!seen.contains(column)) {
				return Optional.of(new Problem(1, column, Refusal.of(DirectoryRefusal.DIRECTORY_CSV_MISSING_COLUMN, column)));
			}
		}
		for (String column : header) {
			Matcher form = FORM_COLUMN.matcher(column);
			if (form.matches()) {
				String pair = (form.group(1).equals("salutation") ? "address_line_" : "salutation_") + form.group(2);
				if (!seen.contains(pair)) {
					return Optional.of(new Problem(1, pair, Refusal.of(DirectoryRefusal.DIRECTORY_CSV_MISSING_COLUMN, pair)));
				}
			}
		}
		return Optional.empty();
	}

	/** Reads one line; on the first wrong value, keeps the problem and answers nothing. */
	private static final class RowReader {

		private final int line;

		private final Map<String, String> values;

		private final LocalDate today;

		private Problem problem;

		RowReader(int line, Map<String, String> values, LocalDate today) {
			this.line = line;
			this.values = values;
			this.today = today;
		}

		Optional<Row> row() {
			UUID id = null;
			String idText = value("id");
			if (idText != null) {
				try {
					id = UUID.fromString(idText);
				}
				catch (IllegalArgumentException ex) {
					return fail("id", Refusal.onField(DirectoryRefusal.DIRECTORY_CSV_ID, "id"));
				}
			}
			AuthorityKind kind = null;
			if (value("kind") != null) {
				kind = Arrays.stream(AuthorityKind.values()).filter(k -> k.name().equalsIgnoreCase(value("kind"))).findFirst().orElse(null);
				if (kind == null) {
					return fail("kind", Refusal.onField(DirectoryRefusal.DIRECTORY_NOT_OFFERED, "kind"));
				}
			}
			List<AuthorityDraft.ChannelDraft> channels = new ArrayList<>();
			for (ChannelKind channelKind : ChannelKind.values()) {
				List<String> columns = channelColumns(channelKind);
				if (value(columns.get(0)) == null && value(columns.get(1)) == null && value(columns.get(2)) == null) {
					continue;
				}
				Optional<LocalDate> asOf = date(columns.get(1));
				if (problem != null) {
					return Optional.empty();
				}
				channels.add(new AuthorityDraft.ChannelDraft(channelKind, value(columns.get(0)), asOf.orElse(null), value(columns.get(2))));
			}
			Map<String, String[]> forms = new LinkedHashMap<>();
			values.keySet().stream().sorted().forEach(column -> {
				Matcher form = FORM_COLUMN.matcher(column);
				if (form.matches()) {
					String[] pair = forms.computeIfAbsent(form.group(2), l -> new String[2]);
					pair[form.group(1).equals("salutation") ? 0 : 1] = value(column);
				}
			});
			List<FormOfAddress> formsOfAddress = new ArrayList<>();
			forms.forEach((language, pair) -> {
				if (pair[0] != null || pair[1] != null) {
					formsOfAddress.add(new FormOfAddress(language, pair[0], pair[1]));
				}
			});
			List<String> languages = value("languages") == null ? List.of()
					: Arrays.stream(value("languages").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
			AuthorityDraft draft = DirectoryRecords.clean(new AuthorityDraft(value("country"), kind, value("name"), value("title"),
					value("body"), value("host_country"), languages, formsOfAddress, channels));
			Optional<Refusal> refusal = AuthorityChecks.check(draft, today);
			if (refusal.isPresent()) {
				return fail(column(refusal.get().field()), refusal.get());
			}
			String checkedBy = value("checked_by");
			Optional<LocalDate> checkedOn = date("checked_on");
			if (problem != null) {
				return Optional.empty();
			}
			Optional<Refusal> check = AuthorityChecks.text("checked_by", checkedBy, 64, false)
				.or(() -> checkedOn.flatMap(on -> AuthorityChecks.date("checked_on", on, today)))
				.or(() -> (checkedBy == null) != checkedOn.isEmpty()
						? Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_REQUIRED, checkedBy == null ? "checked_by" : "checked_on"))
						: Optional.empty());
			if (check.isPresent()) {
				return fail(check.get().field(), check.get());
			}
			String retired = value("retired");
			if (retired != null && !List.of("retired", "yes", "true").contains(retired.toLowerCase(Locale.ROOT))) {
				return fail("retired", Refusal.onField(DirectoryRefusal.DIRECTORY_NOT_OFFERED, "retired"));
			}
			return Optional.of(new Row(line, id, draft, checkedBy, checkedOn.orElse(null), retired != null));
		}

		private String value(String column) {
			String value = values.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}

		private Optional<LocalDate> date(String column) {
			String text = value(column);
			if (text == null) {
				return Optional.empty();
			}
			try {
				return Optional.of(LocalDate.parse(text));
			}
			catch (DateTimeParseException ex) {
				problem = new Problem(line, column, Refusal.onField(DirectoryRefusal.DIRECTORY_CSV_DATE, column));
				return Optional.empty();
			}
		}

		private Optional<Row> fail(String column, Refusal reason) {
			problem = new Problem(line, column, reason);
			return Optional.empty();
		}

	}

	/** The CSV column of a field {@link AuthorityChecks} named. */
	static String column(String field) {
		if (field == null) {
			return null;
		}
		if (field.startsWith("channels.")) {
			String[] parts = field.split("\\.");
			List<String> columns = channelColumns(parts.length > 1 ? ChannelKind.valueOf(parts[1]) : ChannelKind.POSTAL);
			return parts.length < 3 || parts[2].equals("value") ? columns.get(0) : parts[2].equals("asOf") ? columns.get(1) : columns.get(2);
		}
		if (field.startsWith("forms.")) {
			String[] parts = field.split("\\.");
			return parts.length < 3 ? "salutation_en" : (parts[2].equals("salutation") ? "salutation_" : "address_line_") + parts[1];
		}
		return field.equals("hostCountry") ? "host_country" : field;
	}

}
