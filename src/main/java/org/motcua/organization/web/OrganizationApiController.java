package org.motcua.organization.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.Agency;
import org.motcua.organization.AgencyKind;
import org.motcua.organization.Assignment;
import org.motcua.organization.Caller;
import org.motcua.organization.OneStopDesk;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.organization.UnitCommands;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation API: units, agencies, one-stop desks and officials, scoped to the caller's jurisdiction.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organization")
class OrganizationApiController {

	private final Organization organization;

	OrganizationApiController(Organization organization) {
		this.organization = organization;
	}

	record UnitDto(String code, String name, String level, @Nullable String parentCode, LocalDate validFrom,
			@Nullable LocalDate validTo, @Nullable String successorCode, @Nullable String note, int version) {

		static UnitDto of(AdministrativeUnit u) {
			return new UnitDto(u.code(), u.name(), u.level(), u.parentCode(), u.validFrom(), u.validTo(), u.successorCode(),
					u.note(), u.version());
		}
	}

	record UnitList(List<UnitDto> items, int total) {
	}

	record OfficialDto(String username, String fullName, @Nullable String position, String unitCode,
			@Nullable String agencyCode, @Nullable String email, @Nullable String phone, List<Role> roles, boolean active,
			int version) {

		static OfficialDto of(Official o) {
			return new OfficialDto(o.username(), o.fullName(), o.position(), o.unitCode(), o.agencyCode(), o.email(),
					o.phone(), o.roles().stream().sorted().toList(), o.active(), o.version());
		}
	}

	record OfficialList(List<OfficialDto> items, int total) {
	}

	record GrantRequest(String unitCode, String reason, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
	}

	// ------------------------------------------------------------------ units

	@GetMapping("/units")
	@Operation(summary = "List units under a parent (or the top of the caller's jurisdiction)")
	UnitList units(@RequestParam(required = false) @Nullable String parent,
			@Parameter(description = "only units valid on this date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
			Authentication auth) {
		List<UnitDto> items = organization.units(caller(auth), parent, at).stream().map(UnitDto::of).toList();
		return new UnitList(items, items.size());
	}

	@GetMapping("/units/{code}")
	UnitDto unit(@PathVariable String code, Authentication auth) {
		return UnitDto.of(organization.unit(caller(auth), code));
	}

	@PostMapping("/units")
	@Operation(summary = "Create a unit (SYSTEM_ADMIN, or UNIT_ADMIN under their jurisdiction)")
	ResponseEntity<UnitDto> createUnit(@RequestBody UnitCommands.NewUnit body, Authentication auth) {
		AdministrativeUnit unit = organization.createUnit(caller(auth), body);
		return ResponseEntity.created(URI.create("/api/v1/units/" + unit.code())).body(UnitDto.of(unit));
	}

	@PutMapping("/units/{code}")
	@Operation(summary = "Change a unit, close it or name its successor; send the version you read")
	UnitDto updateUnit(@PathVariable String code, @RequestBody UnitCommands.UnitChange body, Authentication auth) {
		requireValidFrom(body.validFrom());
		return UnitDto.of(organization.updateUnit(caller(auth), code, body));
	}

	// ------------------------------------------------------------------ agencies and desks

	@GetMapping("/units/{code}/agencies")
	List<Agency> agencies(@PathVariable String code, Authentication auth) {
		return organization.agencies(caller(auth), code);
	}

	record NewAgencyRequest(String code, @Nullable String legacyCode, String name, @Nullable AgencyKind kind) {
	}

	@PostMapping("/units/{code}/agencies")
	ResponseEntity<Agency> createAgency(@PathVariable String code, @RequestBody NewAgencyRequest body, Authentication auth) {
		Agency agency = organization.createAgency(caller(auth), new UnitCommands.NewAgency(code, nn(body.code()), body.legacyCode(),
				nn(body.name()), body.kind() == null ? AgencyKind.OFFICE : body.kind()));
		return ResponseEntity.created(URI.create("/api/v1/agencies/" + agency.code())).body(agency);
	}

	@GetMapping("/agencies/{code}")
	@Operation(summary = "An agency by its electronic ID, in the current or the legacy (right-to-left) form")
	Agency agency(@PathVariable String code, Authentication auth) {
		Caller caller = caller(auth);
		return organization.findAgency(code).filter(a -> caller.jurisdiction().covers(a.unitCode()))
			.orElseThrow(() -> new NotFoundException("error.agency.not-found", code));
	}

	@PutMapping("/agencies/{code}")
	Agency updateAgency(@PathVariable String code, @RequestBody UnitCommands.AgencyChange body, Authentication auth) {
		return organization.updateAgency(caller(auth), code, body);
	}

	@GetMapping("/units/{code}/desks")
	List<OneStopDesk> desks(@PathVariable String code, Authentication auth) {
		return organization.desks(caller(auth), code);
	}

	record NewDeskRequest(String code, String name, @Nullable String address) {
	}

	@PostMapping("/units/{code}/desks")
	ResponseEntity<OneStopDesk> createDesk(@PathVariable String code, @RequestBody NewDeskRequest body, Authentication auth) {
		OneStopDesk desk = organization.createDesk(caller(auth), new UnitCommands.NewDesk(code, nn(body.code()), nn(body.name()), body.address()));
		return ResponseEntity.created(URI.create("/api/v1/desks/" + desk.code())).body(desk);
	}

	@GetMapping("/desks/{code}")
	OneStopDesk desk(@PathVariable String code, Authentication auth) {
		return organization.desk(caller(auth), code);
	}

	@PutMapping("/desks/{code}")
	OneStopDesk updateDesk(@PathVariable String code, @RequestBody UnitCommands.DeskChange body, Authentication auth) {
		return organization.updateDesk(caller(auth), code, body);
	}

	@PostMapping("/desks/{code}/counters")
	OneStopDesk addCounter(@PathVariable String code, @RequestBody UnitCommands.NewCounter body, Authentication auth) {
		return organization.addCounter(caller(auth), code, body);
	}

	// ------------------------------------------------------------------ officials

	@GetMapping("/officials")
	OfficialList officials(@RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(required = false) @Nullable String q, Authentication auth) {
		List<OfficialDto> items = organization.officials(caller(auth), unitCode, q).stream().map(OfficialDto::of).toList();
		return new OfficialList(items, items.size());
	}

	@GetMapping("/officials/{username}")
	OfficialDto official(@PathVariable String username, Authentication auth) {
		return OfficialDto.of(organization.official(caller(auth), username));
	}

	@GetMapping("/officials/{username}/assignments")
	List<Assignment> assignments(@PathVariable String username, Authentication auth) {
		return organization.assignments(caller(auth), username);
	}

	record NewOfficialRequest(String username, String fullName, @Nullable String position, String unitCode,
			@Nullable String agencyCode, @Nullable String email, @Nullable String phone, @Nullable Set<Role> roles) {
	}

	@PostMapping("/officials")
	@Operation(summary = "Create an official; set their password with PUT /officials/{username}/password")
	ResponseEntity<OfficialDto> createOfficial(@RequestBody NewOfficialRequest body, Authentication auth) {
		Official official = organization.createOfficial(caller(auth), new UnitCommands.NewOfficial(nn(body.username()),
				nn(body.fullName()), body.position(), nn(body.unitCode()), body.agencyCode(), body.email(), body.phone(),
				body.roles() == null ? Set.of() : body.roles()));
		return ResponseEntity.created(URI.create("/api/v1/officials/" + official.username())).body(OfficialDto.of(official));
	}

	record OfficialChangeRequest(String fullName, @Nullable String position, String unitCode, @Nullable String agencyCode,
			@Nullable String email, @Nullable String phone, @Nullable Set<Role> roles, @Nullable Boolean active,
			@Nullable LocalDate effectiveFrom, @Nullable Integer version) {
	}

	@PutMapping("/officials/{username}")
	@Operation(summary = "Change an official (unit, position, roles, active); send the version you read")
	OfficialDto updateOfficial(@PathVariable String username, @RequestBody OfficialChangeRequest body, Authentication auth) {
		if (body.version() == null) {
			throw InvalidInputException.of("version", "error.required");
		}
		return OfficialDto.of(organization.updateOfficial(caller(auth), username, new UnitCommands.OfficialChange(
				nn(body.fullName()), body.position(), nn(body.unitCode()), body.agencyCode(), body.email(), body.phone(),
				body.roles() == null ? Set.of() : body.roles(), body.active() == null || body.active(), body.effectiveFrom(),
				body.version())));
	}

	@PostMapping("/officials/{username}/grants")
	@Operation(summary = "Grant an official jurisdiction over another unit (SYSTEM_ADMIN)")
	ResponseEntity<Void> grant(@PathVariable String username, @RequestBody GrantRequest body, Authentication auth) {
		organization.grantJurisdiction(caller(auth), new UnitCommands.NewGrant(username, nn(body.unitCode()), nn(body.reason()),
				body.validFrom() == null ? LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) : body.validFrom(), body.validTo()));
		return ResponseEntity.noContent().build();
	}

	private Caller caller(Authentication auth) {
		return organization.caller(auth.getName());
	}

	private static String nn(@Nullable String s) {
		return s == null ? "" : s;
	}

	private static void requireValidFrom(@Nullable LocalDate validFrom) {
		if (validFrom == null) {
			throw InvalidInputException.of("validFrom", "error.required");
		}
	}
}
