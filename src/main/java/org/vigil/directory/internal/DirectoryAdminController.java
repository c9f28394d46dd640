package org.vigil.directory.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.directory.Authority;
import org.vigil.directory.AuthorityKind;
import org.vigil.directory.FormOfAddress;
import org.vigil.platform.EditRule;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;
import org.vigil.platform.validation.CountryCode;
import org.vigil.platform.web.FormRefusals;
import org.vigil.platform.web.RefusalStatus;

/**
 * The directory's administration pages (administrators, signed in with their passkey, as for every
 * page under /admin): every entry, retired ones too, state by state; creating and editing an entry (an edit made on
 * an older version shows what is saved now and keeps what was typed); verifying and retiring; CSV
 * export and import (a refused file changes nothing and says which line, column and why).
 */
@Controller
@RequestMapping("/admin/directory")
class DirectoryAdminController {

	private final DirectoryRecords records;

	private final DirectoryImports imports;

	private final DirectoryHistory history;

	private final CurrentViewer viewers;

	DirectoryAdminController(DirectoryRecords records, DirectoryImports imports, DirectoryHistory history, CurrentViewer viewers) {
		this.records = records;
		this.imports = imports;
		this.history = history;
		this.viewers = viewers;
	}

	/**
	 * The states with their number of entries (retired ones too), and the chosen state's entries: the
	 * starting directory alone is 900 entries, too many for one table.
	 */
	@GetMapping
	String list(@RequestParam(required = false) String country, Model model) {
		String state = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		if (state != null && !CountryCode.Validator.isCountryCode(state)) {
			throw new NotFoundException("country");
		}
		List<Authority> all = records.all();
		model.addAttribute("counts", all.stream().collect(Collectors.groupingBy(Authority::country, TreeMap::new, Collectors.counting())));
		model.addAttribute("country", state);
		model.addAttribute("entries", state == null ? List.of() : all.stream().filter(a -> a.country().equals(state)).toList());
		model.addAttribute("maxMegabytes", DirectoryCsv.MAX_BYTES / (1024 * 1024));
		return "directory/admin";
	}

	@GetMapping("/new")
	String create(Model model) {
		AuthorityForm form = new AuthorityForm();
		form.setKind(AuthorityKind.HEAD_OF_STATE);
		return editPage(null, form, model);
	}

	@PostMapping
	String create(@ModelAttribute("authorityForm") AuthorityForm form, BindingResult binding, Model model, HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(400);
			return editPage(null, form, model);
		}
		try {
			Authority created = records.create(viewers.get(), form.draft(List.of()));
			return "redirect:/directory/" + created.id();
		}
		catch (Refused refused) {
			return refusedPage(null, form, binding, refused, model, response);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Authority entry = records.get(id);
		return editPage(entry, AuthorityForm.of(entry), model);
	}

	@PostMapping("/{id}")
	String save(@PathVariable UUID id, @ModelAttribute("authorityForm") AuthorityForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		Authority entry = records.get(id);
		if (binding.hasErrors()) {
			response.setStatus(400);
			return editPage(entry, form, model);
		}
		try {
			records.edit(viewers.get(), id, form.draft(entry.formsOfAddress()), form.getVersion() == null ? -1 : form.getVersion());
			return "redirect:/directory/" + id;
		}
		catch (Refused refused) {
			return refusedPage(entry, form, binding, refused, model, response);
		}
	}

	@PostMapping("/{id}/verify")
	String verify(@PathVariable UUID id, @RequestParam(required = false) Long version) {
		records.get(id);
		records.verify(viewers.get(), id, version == null ? -1 : version);
		return "redirect:/directory/" + id;
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable UUID id, @RequestParam(required = false) Long version) {
		records.get(id);
		records.retire(viewers.get(), id, version == null ? -1 : version);
		return "redirect:/directory/" + id;
	}

	/** Every entry, retired ones too, in the import's layout. */
	@GetMapping("/export.csv")
	ResponseEntity<byte[]> export() {
		byte[] file = DirectoryCsv.write(records.all()).getBytes(StandardCharsets.UTF_8);
		records.exported(viewers.get(), file.length);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("vigil-directory.csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(file);
	}

	@PostMapping("/import")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw Refusal.onField(DirectoryRefusal.DIRECTORY_CSV_ROWS, "file", DirectoryCsv.MAX_ENTRIES).toException();
			}
			if (file.getSize() > DirectoryCsv.MAX_BYTES) {
				throw Refusal.onField(DirectoryRefusal.DIRECTORY_IMPORT_TOO_LARGE, "file", DirectoryCsv.MAX_BYTES / (1024 * 1024)).toException();
			}
			DirectoryImports.Imported imported = imports.importFile(viewers.get(), file.getBytes());
			redirect.addFlashAttribute("imported", imported);
			return "redirect:/admin/directory";
		}
		catch (Refused refused) {
			model.addAttribute("refusals", refused.refusals());
			response.setStatus(RefusalStatus.of(refused.refusal()));
			return list(null, model);
		}
	}

	private String refusedPage(Authority entry, AuthorityForm form, BindingResult binding, Refused refused, Model model,
			HttpServletResponse response) {
		Refusal refusal = refused.refusal();
		if (refusal.rule() == EditRule.STALE_VERSION && entry != null) {
			Authority current = records.get(entry.id());
			form.setVersion(current.version());
			model.addAttribute("conflict", true);
			model.addAttribute("differences", refusal.details().get("changes"));
			model.addAttribute("lastChange", history.of(entry.id()).stream().findFirst().orElse(null));
			response.setStatus(409);
			return editPage(current, form, model);
		}
		FormRefusals.show(binding, new Refused(refused.refusals().stream().map(AuthorityForm::onForm).toList()));
		response.setStatus(RefusalStatus.of(refusal));
		return editPage(entry, form, model);
	}

	private String editPage(Authority entry, AuthorityForm form, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("authorityForm", form);
		model.addAttribute("kinds", AuthorityKind.values());
		model.addAttribute("otherForms", entry == null ? List.<FormOfAddress>of()
				: entry.formsOfAddress().stream().filter(f -> !AuthorityForm.LANGUAGES.contains(f.language())).toList());
		return "directory/edit";
	}

}
