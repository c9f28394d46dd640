package org.vigil.appeals.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.platform.Refused;
import org.vigil.platform.web.RefusalStatus;

/**
 * The administrators' page of partner organisations: the list, and a form to add one with its
 * logo and its signatories (one per line, "name, title").
 */
@Controller
@RequestMapping("/admin/partners")
class PartnerPagesController {

	private final PartnerOrganisations partners;

	private final CurrentViewer viewers;

	PartnerPagesController(PartnerOrganisations partners, CurrentViewer viewers) {
		this.partners = partners;
		this.viewers = viewers;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("partners", partners.all());
		return "appeals/partners";
	}

	@PostMapping
	String add(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String signatories, @RequestParam(required = false) MultipartFile logo, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		List<PartnerOrganisation.Signatory> lines = new ArrayList<>();
		for (String line : signatories.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
			int comma = line.lastIndexOf(',');
			lines.add(new PartnerOrganisation.Signatory(comma < 0 ? line : line.substring(0, comma).strip(),
					comma < 0 ? "" : line.substring(comma + 1).strip()));
		}
		String problem = name.isBlank() || name.length() > 200 || description.length() > 500 || lines.size() > PartnerOrganisations.MAX_SIGNATORIES
				|| lines.stream().anyMatch(s -> s.name().length() > 200 || s.title().length() > 200 || s.title().isEmpty())
				? "partner.formInvalid" : null;
		if (problem == null) {
			try {
				byte[] image = logo == null || logo.isEmpty() ? null : logo.getBytes();
				partners.save(viewers.get(), null, new PartnerOrganisations.Entry(name, description, lines, image));
				redirect.addFlashAttribute("done", "partner.added");
				return "redirect:/admin/partners";
			}
			catch (Refused refused) {
				problem = refused.refusal().messageKey();
				response.setStatus(RefusalStatus.of(refused.refusal()));
			}
		}
		else {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("problem", problem);
		model.addAttribute("partners", partners.all());
		return "appeals/partners";
	}

}
