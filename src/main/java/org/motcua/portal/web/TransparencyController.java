package org.motcua.portal.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.portal.Transparency;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public transparency pages ({@code /minh-bach}: the units; {@code /minh-bach/{unitCode}}: one unit's procedures,
 * service figures and feedback figures) and the same data as JSON.
 */
@Controller
@Tag(name = "Public transparency")
class TransparencyController {

	private final Transparency transparency;

	TransparencyController(Transparency transparency) {
		this.transparency = transparency;
	}

	@GetMapping("/minh-bach")
	String units(Model model) {
		model.addAttribute("units", transparency.units());
		return "portal/transparency-units";
	}

	@GetMapping("/minh-bach/{unitCode}")
	String unit(@PathVariable String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, Model model) {
		model.addAttribute("p", transparency.of(unitCode, from, to));
		model.addAttribute("zone", WorkingCalendar.ZONE);
		return "portal/transparency";
	}

	@GetMapping("/api/v1/public/transparency/{unitCode}")
	@ResponseBody
	@Operation(summary = "A unit's procedures in force, service figures and feedback figures for a period (default: the year so far)")
	Transparency.Page api(@PathVariable String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return transparency.of(unitCode, from, to);
	}
}
