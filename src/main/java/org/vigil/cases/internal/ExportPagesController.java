package org.vigil.cases.internal;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Teams;
import org.vigil.accounts.Viewer;
import org.vigil.platform.Refused;

/**
 * A bulk export as its team sees it: who asked, why and when, and whether a second reviewer
 * approved it — with the approval for a reviewer who did not ask (the two-person rule). Asking and
 * downloading stay in the API, where the download is encrypted under the requester's passphrase.
 */
@Controller
@RequestMapping("/exports/{exportId}")
class ExportPagesController {

	private final CaseExports exports;

	private final CurrentViewer viewers;

	private final Teams teams;

	ExportPagesController(CaseExports exports, CurrentViewer viewers, Teams teams) {
		this.exports = exports;
		this.viewers = viewers;
		this.teams = teams;
	}

	@GetMapping
	String show(@PathVariable UUID exportId, Model model) {
		Viewer viewer = viewers.get();
		CaseExports.Request export = exports.find(viewer, exportId);
		model.addAttribute("export", export);
		model.addAttribute("teamName", teams.find(export.teamId()).map(team -> team.name()).orElse(""));
		model.addAttribute("mayApprove", export.mayBeApprovedBy(viewer));
		model.addAttribute("ownRequest", export.requestedBy().equals(viewer.userId()));
		return "cases/export";
	}

	@PostMapping("/approve")
	String approve(@PathVariable UUID exportId, RedirectAttributes redirect) {
		try {
			exports.approve(viewers.get(), exportId);
			redirect.addFlashAttribute("exportMessage", "export.approvedNow");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("exportProblem", refused.refusal().messageKey());
			redirect.addFlashAttribute("exportProblemArguments", refused.refusal().arguments().toArray());
		}
		return "redirect:/exports/" + exportId;
	}

}
