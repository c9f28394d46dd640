package org.vigil.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-facing string goes through the message bundles: templates hold no text of their own,
 * every key they name exists in English, and the Korean and Chinese bundles only translate keys
 * that exist.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Literal keys: #{key} or #{key(args)}. */
	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	/** Computed keys: #{${'prefix.' + value}}: the prefix must exist for some key. */
	private static final Pattern PREFIX = Pattern.compile("#\\{\\$\\{'([\\w.]+)'");

	/** Key prefixes handed to the form fragments: labels='status.' labels each value by status.VALUE. */
	private static final Pattern LABELS = Pattern.compile("labels='([\\w.]+)'");

	/** Text between tags on an element whose content nothing replaces (th:text, th:errors, …). */
	private static final Pattern BARE_TEXT = Pattern.compile("<(\\w+)((?:(?!th:text|th:utext|th:errors|sec:authentication)[^>])*)>([^<]*\\p{L}[^<]*)</\\1>");

	@Test
	void everyKeyATemplateNamesExistsInEnglish() throws IOException {
		Properties english = bundle("messages.properties");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			Matcher key = KEY.matcher(html);
			while (key.find()) {
				if (!english.containsKey(key.group(1))) {
					missing.add(template.getFileName() + ": " + key.group(1));
				}
			}
			Stream.of(PREFIX, LABELS).flatMap(prefix -> prefix.matcher(html).results()).map(m -> m.group(1)).forEach(p -> {
				if (english.stringPropertyNames().stream().noneMatch(k -> k.startsWith(p))) {
					missing.add(template.getFileName() + ": " + p + "*");
				}
			});
		}
		assertThat(missing).isEmpty();
	}

	/** Every rule that can refuse has its explanation, {@code refusal.NAME}, in English (and so, below, in Korean and Chinese). */
	@Test
	void everyRefusalRuleIsExplainedInTheBundles() throws Exception {
		Properties english = bundle("messages.properties");
		List<String> rules = refusalRules();
		assertThat(rules).as("the rules found").contains("CASE_PURGED", "OWN_APPEAL", "STALE_VERSION", "USERNAME_TAKEN", "TOO_LARGE");
		assertThat(rules.stream().map(name -> "refusal." + name).filter(key -> !english.containsKey(key)).toList()).isEmpty();
	}

	/**
	 * Message codes written out in Java — given to {@code rejectValue}/{@code reject}, or put in the
	 * model or a flash attribute for a page to show — exist in English; a code that ends in a dot is
	 * the prefix of computed codes, so some key must start with it.
	 */
	@Test
	void everyMessageCodeWrittenInJavaExistsInEnglish() throws IOException {
		Properties english = bundle("messages.properties");
		List<String> codes = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String java = Files.readString(file);
				for (Pattern pattern : List.of(REJECT_VALUE, REJECT, ATTRIBUTE)) {
					Matcher code = pattern.matcher(java);
					while (code.find()) {
						codes.add(code.group(1));
					}
				}
			}
		}
		assertThat(codes).as("codes found").contains("purge.confirmationWrong", "appeal.saved");
		List<String> missing = codes.stream()
			.filter(code -> code.endsWith(".") ? english.stringPropertyNames().stream().noneMatch(k -> k.startsWith(code))
					: !english.containsKey(code))
			.toList();
		assertThat(missing).isEmpty();
	}

	/** {@code rejectValue("field", "code"…)}. */
	private static final Pattern REJECT_VALUE = Pattern.compile("\\.rejectValue\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\"");

	/** {@code reject("code"…)}. */
	private static final Pattern REJECT = Pattern.compile("\\.reject\\(\\s*\"([^\"]+)\"");

	/** {@code addAttribute("name", "some.code")} and flash attributes: values that look like message codes. */
	private static final Pattern ATTRIBUTE = Pattern.compile("add(?:Flash)?Attribute\\(\\s*\"\\w+\"\\s*,\\s*\"([a-z]\\w*\\.[\\w.]*)\"");

	/** The names of every constant of every enum implementing {@link RefusalRule} in Vigil's own classes. */
	private static List<String> refusalRules() throws ClassNotFoundException {
		var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(RefusalRule.class));
		List<String> names = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("org.vigil")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			boolean test = type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
			if (type.isEnum() && !test) {
				for (Object rule : type.getEnumConstants()) {
					names.add(((Enum<?>) rule).name());
				}
			}
		}
		return names;
	}

	@Test
	void enumValuesShownInPagesHaveTheirLabels() throws IOException {
		Properties english = bundle("messages.properties");
		List<String> missing = new ArrayList<>();
		check(english, "status.", org.vigil.cases.CaseStatus.values(), missing);
		check(english, "priority.", org.vigil.cases.Priority.values(), missing);
		check(english, "outcome.", org.vigil.cases.Outcome.values(), missing);
		check(english, "kind.", org.vigil.cases.PersonKind.values(), missing);
		check(english, "personRole.", org.vigil.cases.PersonRole.values(), missing);
		check(english, "personCategory.", org.vigil.cases.PersonCategory.values(), missing);
		check(english, "risk.", org.vigil.cases.ReturnRisk.values(), missing);
		check(english, "sex.", org.vigil.cases.Sex.values(), missing);
		check(english, "precision.", org.vigil.cases.DatePrecision.values(), missing);
		check(english, "reliability.", org.vigil.cases.Reliability.values(), missing);
		check(english, "role.", org.vigil.accounts.Role.values(), missing);
		check(english, "appeal.status.", org.vigil.appeals.AppealStatus.values(), missing);
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoTextOfTheirOwn() throws IOException {
		List<String> bare = new ArrayList<>();
		for (Path template : templates()) {
			Matcher text = BARE_TEXT.matcher(Files.readString(template));
			while (text.find()) {
				String content = text.group(3).strip();
				// Language names are written in their own language on purpose; arrows are symbols.
				if (!Set.of("English", "한국어", "中文").contains(content)) {
					bare.add(template.getFileName() + ": " + content);
				}
			}
		}
		assertThat(bare).isEmpty();
	}

	@Test
	void translationsOnlyTranslateKeysThatExist() throws IOException {
		Set<String> english = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
		for (String language : List.of("ko", "zh")) {
			Set<String> translated = new TreeSet<>(bundle("messages_" + language + ".properties").stringPropertyNames());
			assertThat(translated).isNotEmpty();
			assertThat(english).containsAll(translated);
		}
	}

	/**
	 * Korean and Chinese are complete: every English message is translated, with the same
	 * arguments, so a Korean or Chinese reader never meets an English sentence in the middle of a
	 * page. A new key needs its translations in the same change.
	 */
	@Test
	void koreanAndChineseTranslateEveryMessageWithItsArguments() throws IOException {
		Properties english = bundle("messages.properties");
		java.util.regex.Pattern argument = java.util.regex.Pattern.compile("\\{(\\d)");
		for (String language : List.of("ko", "zh")) {
			Properties translated = bundle("messages_" + language + ".properties");
			List<String> problems = new ArrayList<>();
			for (String key : new TreeSet<>(english.stringPropertyNames())) {
				String translation = translated.getProperty(key);
				if (translation == null || translation.isBlank()) {
					problems.add(key + ": missing");
					continue;
				}
				Set<String> wanted = new TreeSet<>(argument.matcher(english.getProperty(key)).results().map(m -> m.group(1)).toList());
				Set<String> given = new TreeSet<>(argument.matcher(translation).results().map(m -> m.group(1)).toList());
				if (!wanted.equals(given)) {
					problems.add(key + ": arguments " + given + " instead of " + wanted);
				}
			}
			assertThat(problems).as("messages_%s.properties", language).isEmpty();
		}
	}

	private static void check(Properties bundle, String prefix, Enum<?>[] values, List<String> missing) {
		for (Enum<?> value : values) {
			if (!bundle.containsKey(prefix + value.name())) {
				missing.add(prefix + value.name());
			}
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).toList();
		}
	}

	/**
	 * Each module may keep its messages in a bundle of its own ({@code messages/<module>.properties}
	 * with {@code _ko} and {@code _zh} beside it); read together they are one bundle per language.
	 */
	private static Properties bundle(String name) throws IOException {
		String suffix = name.substring("messages".length()); // "", "_ko.properties" …
		Properties properties = new Properties();
		for (String base : baseNames()) {
			Path file = MESSAGES.resolve(base + suffix);
			if (Files.isRegularFile(file)) {
				try (InputStream in = Files.newInputStream(file)) {
					properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
		}
		return properties;
	}

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	/** The bundles' base names: the files in the messages folder without a language suffix. */
	private static List<String> baseNames() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.map(f -> f.getFileName().toString())
				.filter(n -> n.endsWith(".properties") && !n.contains("_"))
				.map(n -> n.substring(0, n.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	@Test
	void everyBundleIsReadByTheApplication() throws IOException {
		Properties application = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
			application.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> read = List.of(application.getProperty("spring.messages.basename").split("\\s*,\\s*"));
		assertThat(read).containsAll(baseNames().stream().map(b -> "messages/" + b).toList());
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Set<String> seen = new TreeSet<>();
		List<String> twice = new ArrayList<>();
		for (String base : baseNames()) {
			Properties one = new Properties();
			try (InputStream in = Files.newInputStream(MESSAGES.resolve(base + ".properties"))) {
				one.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (String key : one.stringPropertyNames()) {
				if (!seen.add(key)) {
					twice.add(base + ": " + key);
				}
			}
		}
		assertThat(twice).isEmpty();
	}

}
