package org.vigil.geo.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.PlaceResolution;
import org.vigil.platform.Refusal;
import org.vigil.platform.web.FormRefusals;

/**
 * The places pages: looking a place up (everyone signed in), where the data comes from, and the
 * administrators' page for the places and name variants they add (under {@code /admin}, which
 * takes an administrator signed in with a passkey).
 */
@Controller
class PlacePagesController {

	private final Gazetteer gazetteer;

	private final PlaceAdministration administration;

	private final CurrentViewer viewers;

	PlacePagesController(Gazetteer gazetteer, PlaceAdministration administration, CurrentViewer viewers) {
		this.gazetteer = gazetteer;
		this.administration = administration;
		this.viewers = viewers;
	}

	/** The form that looks up a place: what was written, and an optional country. */
	public static class LookupForm {

		private String q;

		private String country;

		public String getQ() {
			return q;
		}

		public void setQ(String q) {
			this.q = q;
		}

		public String getCountry() {
			return country;
		}

		public void setCountry(String country) {
			this.country = country;
		}

	}

	/** The form that adds a place. */
	public static class PlaceForm {

		private String name;

		private String kind = "city";

		private String country;

		private String within;

		private String lat;

		private String lon;

		private String replaces;

		private String note;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getCountry() {
			return country;
		}

		public void setCountry(String country) {
			this.country = country;
		}

		public String getWithin() {
			return within;
		}

		public void setWithin(String within) {
			this.within = within;
		}

		public String getLat() {
			return lat;
		}

		public void setLat(String lat) {
			this.lat = lat;
		}

		public String getLon() {
			return lon;
		}

		public void setLon(String lon) {
			this.lon = lon;
		}

		public String getReplaces() {
			return replaces;
		}

		public void setReplaces(String replaces) {
			this.replaces = replaces;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	/** The form that adds a name variant to a place. */
	public static class NameForm {

		private String placeId;

		private String name;

		public String getPlaceId() {
			return placeId;
		}

		public void setPlaceId(String placeId) {
			this.placeId = placeId;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

	@GetMapping("/places")
	String lookup(@ModelAttribute("lookup") LookupForm lookup, BindingResult form, Model model) {
		if (lookup.getQ() != null && !lookup.getQ().isEmpty()) {
			List<Refusal> refusals = new java.util.ArrayList<>();
			PlaceQueryCheck.check("q", lookup.getQ(), Gazetteer.MAX_TEXT_LENGTH).ifPresent(refusals::add);
			String country = lookup.getCountry() == null || lookup.getCountry().isBlank() ? null : lookup.getCountry();
			if (country != null && !org.vigil.platform.validation.CountryCode.Validator.isCountryCode(country)) {
				refusals.add(Refusal.onField(GeoRule.COUNTRY_CODE_INVALID, "country"));
			}
			refusals.forEach(r -> FormRefusals.reject(form, r));
			if (refusals.isEmpty()) {
				PlaceResolution resolution = gazetteer.resolve(lookup.getQ(), country);
				model.addAttribute("resolution", resolution);
			}
		}
		return "geo/lookup";
	}

	@GetMapping("/places/about")
	String about() {
		return "geo/about";
	}

	@GetMapping("/admin/places")
	String administer(Model model) {
		prepare(model, new PlaceForm(), new NameForm());
		return "geo/admin";
	}

	@PostMapping("/admin/places")
	String addPlace(@ModelAttribute("place") PlaceForm place, BindingResult form, Model model, RedirectAttributes redirect) {
		PlaceAdministration.Outcome outcome = administration.addPlace(viewers.get(), new PlaceAdministration.NewPlace(place.getName(),
				place.getKind(), place.getCountry(), place.getWithin(), GeoCoordinates.parse(place.getLat()), GeoCoordinates.parse(place.getLon()), place.getReplaces(),
				place.getNote()));
		if (!outcome.isDone()) {
			outcome.refusals().forEach(r -> FormRefusals.reject(form, r));
			prepare(model, place, new NameForm());
			return "geo/admin";
		}
		redirect.addFlashAttribute("added", place.getName());
		return "redirect:/admin/places";
	}

	@PostMapping("/admin/places/names")
	String addName(@ModelAttribute("variant") NameForm variant, BindingResult form, Model model, RedirectAttributes redirect) {
		PlaceAdministration.Outcome outcome = administration.addName(viewers.get(), variant.getPlaceId(), variant.getName());
		if (!outcome.isDone()) {
			outcome.refusals().forEach(r -> FormRefusals.reject(form, r));
			prepare(model, new PlaceForm(), variant);
			return "geo/admin";
		}
		redirect.addFlashAttribute("added", variant.getName());
		return "redirect:/admin/places";
	}

	@PostMapping("/admin/places/{id}/remove")
	String removePlace(@PathVariable UUID id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		PlaceAdministration.Outcome outcome = administration.removePlace(viewers.get(), id, version == null ? -1 : version);
		if (!outcome.isDone()) {
			redirect.addFlashAttribute("refused", outcome.refusals().get(0).messageKey());
		}
		return "redirect:/admin/places";
	}

	@PostMapping("/admin/places/names/{id}/remove")
	String removeName(@PathVariable UUID id) {
		administration.removeName(viewers.get(), id);
		return "redirect:/admin/places";
	}

	private void prepare(Model model, PlaceForm place, NameForm variant) {
		if (!model.containsAttribute("place")) {
			model.addAttribute("place", place);
		}
		if (!model.containsAttribute("variant")) {
			model.addAttribute("variant", variant);
		}
		model.addAttribute("places", administration.places().stream().sorted(Comparator.comparing(AddedPlace::name)).toList());
		model.addAttribute("names", administration.names());
		model.addAttribute("kinds", List.of("city", "admin1", "other"));
	}

}
