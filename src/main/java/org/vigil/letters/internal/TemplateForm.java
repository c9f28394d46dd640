package org.vigil.letters.internal;

/** The letter template editor's form: the text and the version it was loaded at. */
public class TemplateForm {

	private String body;

	private Long version;

	public TemplateForm() {
	}

	TemplateForm(String body, Long version) {
		this.body = body;
		this.version = version;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
