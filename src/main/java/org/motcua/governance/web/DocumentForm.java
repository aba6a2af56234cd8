package org.motcua.governance.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.legal.DocumentKind;
import org.motcua.governance.legal.DocumentStatus;
import org.motcua.governance.legal.Issuer;
import org.motcua.governance.legal.LegalCommands;
import org.springframework.format.annotation.DateTimeFormat;

/** The form to register a legal document. */
public class DocumentForm {

	private @Nullable String unitCode;
	private @Nullable Issuer issuer = Issuer.PEOPLES_COMMITTEE;
	private @Nullable String number;
	private @Nullable DocumentKind kind = DocumentKind.DECISION;
	private @Nullable String title;
	private @Nullable String field;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate signedOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate effectiveOn;
	private @Nullable DocumentStatus status = DocumentStatus.IN_FORCE;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate expiredOn;

	LegalCommands.DocumentData toData() {
		return new LegalCommands.DocumentData(unitCode, issuer, number, kind, title, field, signedOn, effectiveOn, status, expiredOn, null);
	}

	public @Nullable String getUnitCode() { return unitCode; }
	public void setUnitCode(@Nullable String unitCode) { this.unitCode = unitCode; }
	public @Nullable Issuer getIssuer() { return issuer; }
	public void setIssuer(@Nullable Issuer issuer) { this.issuer = issuer; }
	public @Nullable String getNumber() { return number; }
	public void setNumber(@Nullable String number) { this.number = number; }
	public @Nullable DocumentKind getKind() { return kind; }
	public void setKind(@Nullable DocumentKind kind) { this.kind = kind; }
	public @Nullable String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title; }
	public @Nullable String getField() { return field; }
	public void setField(@Nullable String field) { this.field = field; }
	public @Nullable LocalDate getSignedOn() { return signedOn; }
	public void setSignedOn(@Nullable LocalDate signedOn) { this.signedOn = signedOn; }
	public @Nullable LocalDate getEffectiveOn() { return effectiveOn; }
	public void setEffectiveOn(@Nullable LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
	public @Nullable DocumentStatus getStatus() { return status; }
	public void setStatus(@Nullable DocumentStatus status) { this.status = status; }
	public @Nullable LocalDate getExpiredOn() { return expiredOn; }
	public void setExpiredOn(@Nullable LocalDate expiredOn) { this.expiredOn = expiredOn; }
}
