package org.vigil.dispatch.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vigil.platform.Refusal;

/**
 * The page's form to log a reply received by post, fax or a call: the fields of {@code POST …/responses},
 * as typed (text, so that a wrong value is answered on its field rather than failing the binding), and
 * their check.
 */
public class ReplyForm {

	static final int SENDER = 500;

	static final int SUBJECT = 998;

	private String receivedVia = ReceivedVia.POST.name();

	private String type;

	private String impact;

	private String receivedOn;

	private String sender;

	private String subject;

	private String text;

	/**
	 * The reply to log, or the refusals of the fields that need attention. The day it came may be
	 * today in the reader's time zone at the latest; it is kept as the start of that day there.
	 */
	Checked check(ZoneId zone, LocalDate today) {
		List<Refusal> wrong = new ArrayList<>();
		ReceivedVia via = value(ReceivedVia.class, "receivedVia", receivedVia, true, wrong);
		ResponseType kind = value(ResponseType.class, "type", type, true, wrong);
		ResponseImpact judged = value(ResponseImpact.class, "impact", impact, false, wrong);
		LocalDate on = null;
		if (receivedOn == null || receivedOn.isBlank()) {
			wrong.add(Refusal.onField(DispatchRule.REPLY_FIELD_REQUIRED, "receivedOn"));
		}
		else {
			try {
				on = LocalDate.parse(receivedOn.strip());
				if (on.isAfter(today) || on.getYear() < 1900) {
					wrong.add(Refusal.onField(DispatchRule.REPLY_DATE_OUT_OF_RANGE, "receivedOn"));
				}
			}
			catch (DateTimeParseException notADate) {
				wrong.add(Refusal.onField(DispatchRule.REPLY_DATE_OUT_OF_RANGE, "receivedOn"));
			}
		}
		line("sender", sender, SENDER, true, wrong);
		line("subject", subject, SUBJECT, false, wrong);
		if (text == null || text.isBlank()) {
			wrong.add(Refusal.onField(DispatchRule.REPLY_FIELD_REQUIRED, "text"));
		}
		else if (text.length() > ReplyApiModels.LOGGED_TEXT) {
			wrong.add(Refusal.onField(DispatchRule.REPLY_FIELD_TOO_LONG, "text", ReplyApiModels.LOGGED_TEXT));
		}
		if (!wrong.isEmpty()) {
			return new Checked(Optional.empty(), wrong);
		}
		return new Checked(Optional.of(new ReplyApiModels.LoggedResponse(via, kind, judged, on.atStartOfDay(zone).toInstant(),
				sender.strip(), subject == null || subject.isBlank() ? null : subject.strip(), text)), List.of());
	}

	record Checked(Optional<ReplyApiModels.LoggedResponse> reply, List<Refusal> refusals) {
	}

	private static <E extends Enum<E>> E value(Class<E> values, String field, String given, boolean required, List<Refusal> wrong) {
		if (given == null || given.isBlank()) {
			if (required) {
				wrong.add(Refusal.onField(DispatchRule.REPLY_FIELD_REQUIRED, field));
			}
			return null;
		}
		for (E value : values.getEnumConstants()) {
			if (value.name().equals(given.strip())) {
				return value;
			}
		}
		wrong.add(Refusal.onField(DispatchRule.REPLY_FIELD_REQUIRED, field));
		return null;
	}

	private static void line(String field, String value, int max, boolean required, List<Refusal> wrong) {
		FormText.problem(value, max, required).ifPresent(problem -> wrong.add(switch (problem) {
			case "required" -> Refusal.onField(DispatchRule.REPLY_FIELD_REQUIRED, field);
			case "tooLong" -> Refusal.onField(DispatchRule.REPLY_FIELD_TOO_LONG, field, max);
			default -> Refusal.onField(DispatchRule.REPLY_FIELD_ONE_LINE, field);
		}));
	}

	public String getReceivedVia() {
		return receivedVia;
	}

	public void setReceivedVia(String receivedVia) {
		this.receivedVia = receivedVia;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getImpact() {
		return impact;
	}

	public void setImpact(String impact) {
		this.impact = impact;
	}

	public String getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(String receivedOn) {
		this.receivedOn = receivedOn;
	}

	public String getSender() {
		return sender;
	}

	public void setSender(String sender) {
		this.sender = sender;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
