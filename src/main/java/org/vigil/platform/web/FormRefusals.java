package org.vigil.platform.web;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;

/**
 * Puts a refusal on the form a page shows again. The text comes from the message bundles in the
 * reader's language ({@code refusal.RULE}); templates show it with {@code th:errors} like any
 * validation message. A refusal the form has no field for is not the form's to show: it goes on to
 * the error page ({@code PageErrorHandler}), which explains it with the status of its kind.
 */
public final class FormRefusals {

	private FormRefusals() {
	}

	/** On the refusal's field when the form has it, otherwise as a message for the whole form. */
	public static void reject(BindingResult form, Refusal refusal) {
		Object[] arguments = refusal.arguments().toArray();
		if (hasField(form, refusal)) {
			form.rejectValue(refusal.field(), refusal.messageKey(), arguments, null);
		}
		else {
			form.reject(refusal.messageKey(), arguments, null);
		}
	}

	/**
	 * Each refusal on its field of the form; when one names no field of the form (a purged case, a
	 * rule about the record as a whole), the refusal goes on to the error page instead.
	 * @throws Refused the refusal, when the form cannot show it
	 */
	public static void show(BindingResult form, Refused refused) {
		if (!refused.refusals().stream().allMatch(refusal -> hasField(form, refusal))) {
			throw refused;
		}
		refused.refusals().forEach(refusal -> reject(form, refusal));
	}

	private static boolean hasField(BindingResult form, Refusal refusal) {
		return refusal.field() != null && form.getTarget() != null
				&& BeanUtils.getPropertyDescriptor(form.getTarget().getClass(), refusal.field()) != null;
	}

}
