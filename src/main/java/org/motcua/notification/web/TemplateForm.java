package org.motcua.notification.web;

import org.jspecify.annotations.Nullable;
import org.motcua.notification.Templates;

/** The template edit form; carries the version the editor saw. */
class TemplateForm {

	private @Nullable String subject;
	private @Nullable String body;
	private @Nullable String sms;
	private int version;

	static TemplateForm of(Templates.Template t) {
		TemplateForm f = new TemplateForm();
		f.subject = t.subject();
		f.body = t.body();
		f.sms = t.sms();
		f.version = t.version();
		return f;
	}

	Templates.TemplateChange toCommand() {
		return new Templates.TemplateChange(subject, body, sms, version);
	}

	public @Nullable String getSubject() { return subject; }
	public void setSubject(@Nullable String subject) { this.subject = subject; }
	public @Nullable String getBody() { return body; }
	public void setBody(@Nullable String body) { this.body = body; }
	public @Nullable String getSms() { return sms; }
	public void setSms(@Nullable String sms) { this.sms = sms; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
