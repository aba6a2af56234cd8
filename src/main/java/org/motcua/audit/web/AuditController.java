package org.motcua.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditEntry;
import org.motcua.audit.AuditTrail;
import org.motcua.audit.ChainVerification;
import org.motcua.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The audit trail for system administrators: a searchable view, the same search through the API, and the
 * chain verification.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
@Tag(name = "Audit")
class AuditController {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final int PAGE_SIZE = 50;

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	record AuditPage(List<AuditEntry> items, long total, int page, int size) {
	}

	@GetMapping("/audit")
	String page(@RequestParam(required = false) @Nullable String actor, @RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditTrail.AuditQuery query = query(actor, action, target, from, to, page, PAGE_SIZE);
		model.addAttribute("entries", audit.search(query));
		model.addAttribute("zone", VIETNAM);
		long total = audit.count(query);
		model.addAttribute("total", total);
		model.addAttribute("page", query.page());
		model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("actor", actor == null ? "" : actor);
		model.addAttribute("action", action == null ? "" : action);
		model.addAttribute("target", target == null ? "" : target);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/list";
	}

	@PostMapping("/audit/verify")
	String verifyPage(Model model) {
		model.addAttribute("verification", audit.verify());
		return page(null, null, null, null, null, 0, model);
	}

	@GetMapping("/api/v1/audit")
	@ResponseBody
	@Operation(summary = "Search the audit trail (SYSTEM_ADMIN)")
	AuditPage search(@RequestParam(required = false) @Nullable String actor, @RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (size < 1 || size > 500) {
			throw InvalidInputException.of("size", "error.page-size", 500);
		}
		AuditTrail.AuditQuery query = query(actor, action, target, from, to, page, size);
		return new AuditPage(audit.search(query), audit.count(query), query.page(), size);
	}

	@GetMapping("/api/v1/audit/verify")
	@ResponseBody
	@Operation(summary = "Recompute the audit hash chain and report the first broken link (SYSTEM_ADMIN)")
	ChainVerification verify() {
		return audit.verify();
	}

	private static AuditTrail.AuditQuery query(@Nullable String actor, @Nullable String action, @Nullable String target,
			@Nullable LocalDate from, @Nullable LocalDate to, int page, int size) {
		if (from != null && to != null && to.isBefore(from)) {
			throw InvalidInputException.of("to", "error.range");
		}
		Optional<Instant> f = Optional.ofNullable(from).map(d -> d.atStartOfDay(VIETNAM).toInstant());
		Optional<Instant> t = Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay(VIETNAM).toInstant());
		return new AuditTrail.AuditQuery(Optional.ofNullable(actor), Optional.ofNullable(action), Optional.ofNullable(target),
				Optional.empty(), f, t, Math.max(0, page), size);
	}
}
