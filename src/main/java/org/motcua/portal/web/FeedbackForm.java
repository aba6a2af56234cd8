package org.motcua.portal.web;

import org.jspecify.annotations.Nullable;
import org.motcua.portal.FeedbackSubmission;

/** The public feedback form; {@link #toSubmission()} turns it into the portal's command. */
public class FeedbackForm {

	private FeedbackSubmission.@Nullable Topic topic;
	private @Nullable String unitCode;
	private @Nullable String dossierCode;
	private @Nullable String procedureCode;
	private @Nullable String officialName;
	private @Nullable String content;
	private boolean anonymous;
	private @Nullable String contactName;
	private @Nullable String contactPhone;
	private @Nullable String contactEmail;

	private java.util.@Nullable List<org.springframework.web.multipart.MultipartFile> files;

	public java.util.@Nullable List<org.springframework.web.multipart.MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(java.util.@Nullable List<org.springframework.web.multipart.MultipartFile> files) {
		this.files = files;
	}

	FeedbackSubmission toSubmission() {
		return new FeedbackSubmission(topic, unitCode == null ? "" : unitCode, dossierCode, procedureCode, officialName,
				content == null ? "" : content, anonymous, contactName, contactPhone, contactEmail);
	}

	public FeedbackSubmission.@Nullable Topic getTopic() {
		return topic;
	}

	public void setTopic(FeedbackSubmission.@Nullable Topic topic) {
		this.topic = topic;
	}

	public @Nullable String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(@Nullable String unitCode) {
		this.unitCode = unitCode;
	}

	public @Nullable String getDossierCode() {
		return dossierCode;
	}

	public void setDossierCode(@Nullable String dossierCode) {
		this.dossierCode = dossierCode;
	}

	public @Nullable String getProcedureCode() {
		return procedureCode;
	}

	public void setProcedureCode(@Nullable String procedureCode) {
		this.procedureCode = procedureCode;
	}

	public @Nullable String getOfficialName() {
		return officialName;
	}

	public void setOfficialName(@Nullable String officialName) {
		this.officialName = officialName;
	}

	public @Nullable String getContent() {
		return content;
	}

	public void setContent(@Nullable String content) {
		this.content = content;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

	public @Nullable String getContactName() {
		return contactName;
	}

	public void setContactName(@Nullable String contactName) {
		this.contactName = contactName;
	}

	public @Nullable String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(@Nullable String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public @Nullable String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(@Nullable String contactEmail) {
		this.contactEmail = contactEmail;
	}
}
