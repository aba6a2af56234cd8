package org.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.documents.storage.FileStore;
import org.motcua.dossier.ComponentCheck;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierService;
import org.motcua.dossier.DossierView;
import org.motcua.organization.Caller;
import org.motcua.organization.Role;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files attached to dossiers. An upload is streamed to a temporary file while its SHA-256 and size are computed,
 * refused if too large, of a type not allowed (judged from the bytes), named as something it is not, or infected;
 * only then are the row and its audit entry written and the file moved into place, in one transaction whose
 * rollback removes the file again, so a refused or failed upload leaves nothing behind.
 */
@Service
public class Attachments {


	/** Who may attach files: the desk and the officials who process dossiers. */
	static final Set<Role> UPLOADERS = EnumSet.of(Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.UNIT_HEAD, Role.LEADER);

	private final DossierService dossiers;
	private final JdbcClient jdbc;
	private final FileStore store;
	private final Incoming incoming;
	private final VirusScanner scanner;
	private final AuditTrail audit;
	private final TransactionTemplate tx;
	private final DocumentsSettings settings;
	private final Clock clock;
	private final Signing signing;
	private final org.motcua.organization.Organization organization;
	private final org.springframework.context.ApplicationEventPublisher events;

	Attachments(DossierService dossiers, JdbcClient jdbc, FileStore store, Incoming incoming, VirusScanner scanner,
			AuditTrail audit, PlatformTransactionManager transactions, DocumentsSettings settings, ObjectProvider<Clock> clock,
			Signing signing, org.motcua.organization.Organization organization,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.signing = signing;
		this.organization = organization;
		this.dossiers = dossiers;
		this.jdbc = jdbc;
		this.store = store;
		this.incoming = incoming;
		this.scanner = scanner;
		this.audit = audit;
		this.tx = new TransactionTemplate(transactions);
		this.settings = settings;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Where uploads in progress are written: next to the store, so the final move is atomic. */
	interface Incoming {
		Path directory() throws IOException;
	}

	/** An upload: a component's file ({@code componentCode} set) or a result file. */
	public record Upload(AttachmentView.Purpose purpose, @Nullable String componentCode, @Nullable String fileName,
			@Nullable LocalDate validUntil) {
	}

	public AttachmentView upload(Caller caller, String code, Upload upload, InputStream content) {
		DossierView d = dossiers.get(caller, code);
		checkMayAttach(caller, d);
		return receive(d, caller.username(), upload, content);
	}

	/**
	 * The applicant's own upload of a component through the citizen portal (Decree 45/2020/NĐ-CP Art. 9, Decree
	 * 61/2018/NĐ-CP Art. 9: the applicant submits electronic copies online), with the same checks as the desk's:
	 * size limit, type sniffed from the bytes, name fitting the content, virus scan, SHA-256. The citizen module
	 * checks that the dossier is the citizen's and still open to them; {@code submittedBy} is recorded as uploader.
	 */
	public AttachmentView uploadForApplicant(String submittedBy, String code, @Nullable String componentCode,
			@Nullable String fileName, InputStream content) {
		DossierView d = dossiers.get(Caller.system(), code);
		if (d.status() == DossierStatus.CANCELLED) {
			throw new ConflictException(null, "error.documents.dossier-closed", d.code());
		}
		return receive(d, submittedBy, new Upload(AttachmentView.Purpose.COMPONENT, componentCode, fileName, null), content);
	}

	/**
	 * The applicant reuses one of the files offered for the dossier (an earlier digitized paper of the same
	 * citizen ID); the citizen module limits the offers to the citizen's own earlier dossiers.
	 */
	public AttachmentView reuseForApplicant(String submittedBy, String code, @Nullable UUID fileId, @Nullable String componentCode) {
		return reuse(Caller.system(), submittedBy, code, fileId, componentCode);
	}

	private AttachmentView receive(DossierView d, String uploader, Upload upload, InputStream content) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		String fileName = baseName(upload.fileName());
		problems.check(!fileName.isEmpty() && fileName.length() <= 255, "file", "error.documents.file-name");
		checkComponent(d, upload.purpose(), upload.componentCode(), problems);
		problems.throwIfAny();

		Path tmp = null;
		try {
			tmp = Files.createTempFile(incoming.directory(), "upload-", ".part");
			long max = settings.maxFileSize().toBytes();
			MessageDigest sha = sha256();
			long size = copy(content, tmp, sha, max);
			UploadChecks.Checked checked = UploadChecks.check(tmp, size, fileName, "file", settings.allowedTypes(), settings, scanner,
					d.code());
			String type = checked.type();
			VirusScanner.Result scan = checked.scan();
			String sha256 = HexFormat.of().formatHex(sha.digest());
			long storedSize = size;
			boolean signed = false;
			if (upload.purpose() == AttachmentView.Purpose.RESULT && type.equals("application/pdf")) {
				// An electronic result is issued under the unit's signature (Circular 01/2018 Art. 10, Decree 45/2020):
				// the stored file is the signed one, and its hash is the one recorded.
				Signing.Signed result = signResult(d, Files.readAllBytes(tmp));
				if (result.signed()) {
					Files.write(tmp, result.content());
					sha256 = HexFormat.of().formatHex(sha256().digest(result.content()));
					storedSize = result.content().length;
					signed = true;
				}
			}
			Path complete = tmp;
			String hash = sha256;
			long finalSize = storedSize;
			boolean resultSigned = signed;
			return tx.execute(status -> store(uploader, d, upload, fileName, type, finalSize, hash, scan.verdict(), complete, resultSigned));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			UploadChecks.removeTemporary(tmp);
		}
	}

	private Signing.Signed signResult(DossierView d, byte[] pdf) {
		var unit = organization.findUnit(d.receivingUnitCode()).orElseThrow();
		try {
			return signing.sign(pdf, unit.code(), unit.name(), "Kết quả giải quyết hồ sơ " + d.code(), unit.name());
		}
		catch (RuntimeException ex) {
			// a PDF PDFBox cannot sign (encrypted, damaged) is refused rather than stored unsigned as if signed
			throw InvalidInputException.of("file", "error.documents.result-not-signable");
		}
	}

	private AttachmentView store(String uploader, DossierView d, Upload upload, String fileName, String type, long size,
			String sha256, VirusScanner.Verdict verdict, Path complete, boolean signed) {
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		ZonedDateTime local = now.atZone(WorkingCalendar.ZONE);
		String key = "%d/%02d/%s".formatted(local.getYear(), local.getMonthValue(), id);
		// The bytes first, then the row: a failed put leaves no row, and a row never points to missing bytes; if the
		// row or anything after it fails, the transaction rolls back and the stored object is deleted again.
		try {
			UploadChecks.putUntilRollback(store, key, complete);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store the upload", ex);
		}
		jdbc.sql("""
				INSERT INTO documents.attachment (id, dossier_code, receiving_unit_code, purpose, component_code, file_name,
				    content_type, size_bytes, sha256, storage_key, scan_status, applicant_citizen_id, valid_until, reused_from,
				    uploaded_by, uploaded_at)
				VALUES (:id, :code, :unit, :purpose, :component, :name, :type, :size, :sha, :key, :scan, :cid, :valid, NULL, :by, :at)""")
			.param("id", id).param("code", d.code()).param("unit", d.receivingUnitCode()).param("purpose", upload.purpose().name())
			.param("component", upload.purpose() == AttachmentView.Purpose.COMPONENT ? upload.componentCode().trim() : null)
			.param("name", fileName).param("type", type).param("size", size).param("sha", sha256).param("key", key)
			.param("scan", verdict == VirusScanner.Verdict.CLEAN ? "CLEAN" : "NOT_SCANNED").param("cid", d.applicant().citizenId())
			.param("valid", upload.validUntil()).param("by", uploader).param("at", Timestamp.from(now))
			.update();
		audit.record("FILE_ATTACHED", "Dossier", d.code(), "%s %s: %s (%s, %d bytes, sha256 %s%s)".formatted(upload.purpose(),
				upload.componentCode() == null ? "" : upload.componentCode(), fileName, type, size, sha256, signed ? ", signed by the unit" : ""));
		filesChanged(d.code(), now);
		return find(id).orElseThrow();
	}

	/** Publishes the dossier's digitization facts after a change, in the changing transaction (the outbox). */
	private void filesChanged(String code, Instant at) {
		DossierFiles files = list(Caller.system(), code);
		events.publishEvent(new DocumentsEvents.DossierFilesChanged(code, files.componentsDigitized(), files.electronicResult(),
				files.reused(), at));
	}

	/** The last segment of a client's file name, without control characters (browsers may send a full path). */
	static String baseName(@Nullable String name) {
		if (name == null) {
			return "";
		}
		String n = name.replace('\\', '/');
		n = n.substring(n.lastIndexOf('/') + 1);
		return n.replaceAll("\\p{Cntrl}", "").trim();
	}

	private static void checkMayAttach(Caller caller, DossierView d) {
		if (UPLOADERS.stream().noneMatch(caller::hasRole)) {
			throw new ForbiddenException("error.documents.may-not-attach");
		}
		if (d.status() == DossierStatus.CANCELLED) {
			throw new ConflictException(null, "error.documents.dossier-closed", d.code());
		}
	}

	private static void checkComponent(DossierView d, AttachmentView.@Nullable Purpose purpose, @Nullable String componentCode,
			InvalidInputException.Collector problems) {
		if (purpose == null) {
			problems.add("purpose", "error.required");
		}
		else if (purpose == AttachmentView.Purpose.COMPONENT) {
			if (componentCode == null || componentCode.isBlank()) {
				problems.add("componentCode", "error.required");
			}
			else if (d.components().stream().noneMatch(c -> c.code().equals(componentCode.trim()))) {
				problems.add("componentCode", "error.documents.unknown-component", componentCode.trim(), d.code());
			}
		}
		else if (componentCode != null && !componentCode.isBlank()) {
			problems.add("componentCode", "error.documents.result-has-no-component");
		}
	}

	/** Copies at most {@code max + 1} bytes, so an oversized upload is detected without reading it all. */
	static long copy(InputStream in, Path target, MessageDigest sha, long max) throws IOException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				total += n;
				if (total > max) {
					return total;
				}
				out.write(buffer, 0, n);
			}
		}
		return total;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ------------------------------------------------------------------ reading

	private static final String SELECT = """
			SELECT a.*, o.dossier_code AS origin_dossier FROM documents.attachment a
			LEFT JOIN documents.attachment o ON o.id = a.reused_from""";

	public DossierFiles list(Caller caller, String code) {
		DossierView d = dossiers.get(caller, code);
		List<AttachmentView> all = jdbc.sql(SELECT + " WHERE a.dossier_code = :code ORDER BY a.uploaded_at, a.id")
			.param("code", d.code()).query(Attachments::map).list();
		List<DossierFiles.Component> components = new ArrayList<>();
		for (ComponentCheck c : d.components()) {
			List<AttachmentView> files = all.stream()
				.filter(a -> a.purpose() == AttachmentView.Purpose.COMPONENT && c.code().equals(a.componentCode())).toList();
			components.add(new DossierFiles.Component(c.code(), c.name(), c.provided(), files, !files.isEmpty(),
					files.stream().anyMatch(AttachmentView::reused)));
		}
		List<AttachmentView> results = all.stream().filter(a -> a.purpose() == AttachmentView.Purpose.RESULT).toList();
		boolean componentsDigitized = components.stream().filter(DossierFiles.Component::provided).allMatch(DossierFiles.Component::digitized)
				&& components.stream().anyMatch(DossierFiles.Component::provided);
		boolean electronicResult = !results.isEmpty();
		boolean digitized = componentsDigitized && (d.resultIssuedAt() == null || electronicResult);
		boolean reused = components.stream().anyMatch(DossierFiles.Component::reused);
		return new DossierFiles(d.code(), components, results, componentsDigitized, electronicResult, digitized, reused);
	}

	/**
	 * Which of {@code dossiers} are digitized, by the rule of {@link DossierFiles#digitized()} (every provided component
	 * has a file, and, once the result was issued, an electronic result is attached: Decision 766/QĐ-TTg indicator 4.2),
	 * read in one query per thousand dossiers. For other modules' measurements (governance commitments); the caller has
	 * already chosen the dossiers, so no jurisdiction is checked here.
	 */
	public Set<String> digitized(java.util.Collection<DossierView> dossiers) {
		Set<String> result = new java.util.HashSet<>();
		List<DossierView> all = List.copyOf(dossiers);
		for (int from = 0; from < all.size(); from += 1000) {
			List<DossierView> batch = all.subList(from, Math.min(all.size(), from + 1000));
			java.util.Map<String, Set<String>> components = new java.util.HashMap<>();
			Set<String> results = new java.util.HashSet<>();
			jdbc.sql("SELECT dossier_code, purpose, component_code FROM documents.attachment WHERE dossier_code IN (:codes)")
				.param("codes", batch.stream().map(DossierView::code).toList())
				.query((rs, n) -> {
					if ("RESULT".equals(rs.getString("purpose"))) {
						results.add(rs.getString("dossier_code"));
					}
					else {
						components.computeIfAbsent(rs.getString("dossier_code"), k -> new java.util.HashSet<>()).add(rs.getString("component_code"));
					}
					return 0;
				}).list();
			for (DossierView d : batch) {
				if (digitized(d, components.getOrDefault(d.code(), Set.of()), results.contains(d.code()))) {
					result.add(d.code());
				}
			}
		}
		return result;
	}

	/** The digitization rule of {@link DossierFiles}: every provided component has a file; a result issued is electronic. */
	static boolean digitized(DossierView d, Set<String> componentsWithFiles, boolean electronicResult) {
		List<ComponentCheck> provided = d.components().stream().filter(ComponentCheck::provided).toList();
		boolean componentsDigitized = !provided.isEmpty() && provided.stream().allMatch(c -> componentsWithFiles.contains(c.code()));
		return componentsDigitized && (d.resultIssuedAt() == null || electronicResult);
	}

	/** A file's description and its bytes; the caller closes the stream. */
	public record Content(AttachmentView file, InputStream stream) {
	}

	public Content open(Caller caller, String code, UUID id) {
		DossierView d = dossiers.get(caller, code);
		AttachmentView file = find(id).filter(a -> a.dossierCode().equals(d.code()))
			.orElseThrow(() -> new NotFoundException("error.documents.file-not-found", id));
		String key = jdbc.sql("SELECT storage_key FROM documents.attachment WHERE id = :id").param("id", id).query(String.class).single();
		try {
			return new Content(file, store.open(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The stored file of " + id + " cannot be read", ex);
		}
	}

	java.util.Optional<AttachmentView> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(Attachments::map).optional();
	}

	// ------------------------------------------------------------------ reuse

	/**
	 * Files of the applicant's earlier dossiers, within the caller's jurisdiction, still valid today, that match a
	 * component of this dossier by code or are an earlier result, and are not already attached to it.
	 */
	public List<ReuseOffer> reuseOffers(Caller caller, String code) {
		DossierView d = dossiers.get(caller, code);
		String citizenId = d.applicant().citizenId();
		if (citizenId == null || citizenId.isBlank()) {
			return List.of();
		}
		List<String> componentCodes = d.components().stream().map(ComponentCheck::code).toList();
		LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
		return jdbc.sql("""
				SELECT DISTINCT ON (a.sha256, a.component_code) a.id, a.component_code, a.purpose, a.file_name, a.content_type,
				       a.size_bytes, a.dossier_code, a.uploaded_at, a.valid_until, a.receiving_unit_code
				FROM documents.attachment a
				WHERE a.applicant_citizen_id = :cid AND a.dossier_code <> :code
				  AND (a.valid_until IS NULL OR a.valid_until >= :today)
				  AND (a.purpose = 'RESULT' OR a.component_code IN (:components))
				  AND NOT EXISTS (SELECT 1 FROM documents.attachment m WHERE m.dossier_code = :code AND m.sha256 = a.sha256)
				ORDER BY a.sha256, a.component_code, a.uploaded_at DESC""")
			.param("cid", citizenId).param("code", d.code()).param("today", today)
			.param("components", componentCodes.isEmpty() ? List.of("") : componentCodes)
			.query((rs, n) -> new Object[] { new ReuseOffer(rs.getObject("id", UUID.class), rs.getString("component_code"),
					AttachmentView.Purpose.valueOf(rs.getString("purpose")), rs.getString("file_name"), rs.getString("content_type"),
					rs.getLong("size_bytes"), rs.getString("dossier_code"), rs.getTimestamp("uploaded_at").toInstant(),
					rs.getObject("valid_until", LocalDate.class)), rs.getString("receiving_unit_code") })
			.list().stream()
			.filter(row -> caller.jurisdiction().unrestricted() || caller.jurisdiction().covers((String) row[1]))
			.map(row -> (ReuseOffer) row[0])
			.sorted(java.util.Comparator.comparing(ReuseOffer::uploadedAt).reversed())
			.toList();
	}

	/**
	 * Attaches an offered earlier file to a component of this dossier without a new scan: the new row points to the
	 * original file ({@code reusedFrom}) and shares its stored bytes; the reuse is audited.
	 */
	public AttachmentView reuse(Caller caller, String code, @Nullable UUID fileId, @Nullable String componentCode) {
		checkMayAttach(caller, dossiers.get(caller, code));
		return reuse(caller, caller.username(), code, fileId, componentCode);
	}

	private AttachmentView reuse(Caller caller, String uploader, String code, @Nullable UUID fileId, @Nullable String componentCode) {
		DossierView d = dossiers.get(caller, code);
		if (d.status() == DossierStatus.CANCELLED) {
			throw new ConflictException(null, "error.documents.dossier-closed", d.code());
		}
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(fileId != null, "fileId", "error.required");
		checkComponent(d, AttachmentView.Purpose.COMPONENT, componentCode, problems);
		problems.throwIfAny();
		ReuseOffer offer = reuseOffers(caller, code).stream().filter(o -> o.fileId().equals(fileId)).findFirst()
			.orElseThrow(() -> InvalidInputException.of("fileId", "error.documents.not-offered"));
		String component = componentCode.trim();
		return tx.execute(status -> {
			UUID id = UUID.randomUUID();
			int rows = jdbc.sql("""
					INSERT INTO documents.attachment (id, dossier_code, receiving_unit_code, purpose, component_code, file_name,
					    content_type, size_bytes, sha256, storage_key, scan_status, applicant_citizen_id, valid_until, reused_from,
					    uploaded_by, uploaded_at)
					SELECT :id, :code, :unit, 'COMPONENT', :component, o.file_name, o.content_type, o.size_bytes, o.sha256,
					       o.storage_key, o.scan_status, :cid, o.valid_until, COALESCE(o.reused_from, o.id), :by, :at
					FROM documents.attachment o WHERE o.id = :from""")
				.param("id", id).param("code", d.code()).param("unit", d.receivingUnitCode()).param("component", component)
				.param("cid", d.applicant().citizenId()).param("by", uploader).param("at", Timestamp.from(clock.instant()))
				.param("from", offer.fileId()).update();
			if (rows != 1) {
				throw new NotFoundException("error.documents.file-not-found", offer.fileId());
			}
			audit.record("FILE_REUSED", "Dossier", d.code(), "COMPONENT %s: %s from %s (%s)".formatted(component, offer.fileName(),
					offer.fromDossier(), offer.fileId()));
			filesChanged(d.code(), clock.instant());
			return find(id).orElseThrow();
		});
	}

	private static AttachmentView map(ResultSet rs, int n) throws SQLException {
		return new AttachmentView(rs.getObject("id", UUID.class), rs.getString("dossier_code"),
				AttachmentView.Purpose.valueOf(rs.getString("purpose")), rs.getString("component_code"), rs.getString("file_name"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				VirusScanner.Verdict.valueOf(rs.getString("scan_status")), rs.getObject("valid_until", LocalDate.class),
				rs.getObject("reused_from", UUID.class), rs.getString("origin_dossier"), rs.getString("uploaded_by"),
				rs.getTimestamp("uploaded_at").toInstant());
	}

}
