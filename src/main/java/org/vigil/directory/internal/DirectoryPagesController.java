package org.vigil.directory.internal;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.directory.Authority;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.validation.CountryCode;

/**
 * The directory for every signed-in user, read only: the states it holds entries for, a state's
 * entries with their unverified and possibly-stale marks, one entry with its forms of address and
 * channels, and its history.
 */
@Controller
@RequestMapping("/directory")
class DirectoryPagesController {

	private final DirectoryRecords records;

	private final DirectoryHistory history;

	DirectoryPagesController(DirectoryRecords records, DirectoryHistory history) {
		this.records = records;
		this.history = history;
	}

	@GetMapping
	String list(@RequestParam(required = false) String country, Model model) {
		String state = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		if (state != null && !CountryCode.Validator.isCountryCode(state)) {
			throw new NotFoundException("country");
		}
		Map<String, Long> counts = records.all().stream().filter(a -> !a.retired())
			.collect(Collectors.groupingBy(Authority::country, TreeMap::new, Collectors.counting()));
		model.addAttribute("counts", counts);
		model.addAttribute("country", state);
		model.addAttribute("entries", state == null ? java.util.List.of() : records.ofCountry(state));
		return "directory/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("entry", records.get(id));
		return "directory/show";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable UUID id, Model model) {
		model.addAttribute("entry", records.get(id));
		model.addAttribute("versions", history.of(id));
		return "directory/history";
	}

}
