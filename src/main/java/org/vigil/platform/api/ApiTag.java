package org.vigil.platform.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The domains the API description groups its operations by, each with the sentence a reader sees.
 * An operation's tag follows from its controller: a tag that names the controller ({@code Persons…},
 * {@code PersonLookup…} → persons) wins, otherwise the tag of the controller's module (the package
 * under {@code org.vigil}). A new route therefore lands under its domain without being told.
 */
enum ApiTag {

	CASES("cases", "Cases of people at risk: opening, the case record, its history, who may see it and its identities, bulk exports.",
			List.of("cases"), List.of()),
	PERSONS("persons", "The people of a case, individuals or groups, by their public labels; identities only while revealed.",
			List.of(), List.of("Person")),
	SOURCES("sources", "Who reported what, when and how reliably; informants' names and contacts only while revealed.",
			List.of(), List.of("Source")),
	EVIDENCE("evidence", "Files attached to a case, encrypted with its key and destroyed with it.", List.of("evidence"), List.of()),
	APPEALS("appeals", "Urgent appeals: drafting, review, approval by a second person, and the letters.",
			List.of("appeals", "letters"), List.of()),
	PLACES("places", "The offline gazetteer: resolving written place names, borders, distances and map outlines.", List.of("geo"),
			List.of()),
	WHEREABOUTS("whereabouts", "Where each person is held or was last seen, and the transfers expected.", List.of("whereabouts"),
			List.of()),
	URGENCY("urgency", "How urgent each case is and why, and the watch list.", List.of("urgency"), List.of()),
	LAW("law", "Instruments, states' participation, findings, risk profiles, and the obligations that follow for a case.",
			List.of("law"), List.of()),
	DISPATCH("dispatch", "Sending approved appeals by email, fax and post, with their receipts.", List.of("dispatch"), List.of()),
	PUBLISHING("publishing", "Public, redacted appeals and press releases, after approval and any embargo.", List.of("publishing"),
			List.of()),
	ACCOUNTS("accounts", "Users, teams, roles and tokens.", List.of("accounts"), List.of());

	private final String tagName;

	private final String sentence;

	private final List<String> modules;

	private final List<String> controllerPrefixes;

	ApiTag(String tagName, String sentence, List<String> modules, List<String> controllerPrefixes) {
		this.tagName = tagName;
		this.sentence = sentence;
		this.modules = modules;
		this.controllerPrefixes = controllerPrefixes;
	}

	String tagName() {
		return tagName;
	}

	String sentence() {
		return sentence;
	}

	/** The tag of a controller: named by the controller first, else by its module, else none. */
	static Optional<ApiTag> of(Class<?> controller) {
		String name = controller.getSimpleName();
		Optional<ApiTag> named = Arrays.stream(values())
			.filter(tag -> tag.controllerPrefixes.stream().anyMatch(prefix -> startsWithWord(name, prefix)))
			.findFirst();
		return named.isPresent() ? named : Arrays.stream(values()).filter(tag -> tag.modules.contains(moduleOf(controller))).findFirst();
	}

	static Optional<ApiTag> named(String tagName) {
		return Arrays.stream(values()).filter(tag -> tag.tagName.equals(tagName)).findFirst();
	}

	/** The module a class belongs to: the package right under {@code org.vigil}. */
	static String moduleOf(Class<?> type) {
		String[] parts = type.getPackageName().split("\\.");
		return parts.length > 2 ? parts[2] : "";
	}

	/** {@code PersonLookupApiController} starts with the word {@code Person}; {@code Personnel…} does not. */
	private static boolean startsWithWord(String name, String word) {
		return name.startsWith(word) && name.length() > word.length()
				&& (Character.isUpperCase(name.charAt(word.length())) || name.charAt(word.length()) == 's');
	}

}
