package org.vigil.platform.web;

import org.springframework.validation.BindingResult;
import org.vigil.platform.Refusal;

/**
 * Puts a refusal on the form a page shows again: on its field when it names one, otherwise as a
 * message for the whole form. The text comes from the message bundles in the reader's language
 * ({@code refusal.RULE}); templates show it with {@code th:errors} like any validation message.
 */
public final class FormRefusals {

	private FormRefusals() {
	}

	public static void reject(BindingResult form, Refusal refusal) {
		Object[] arguments = refusal.arguments().toArray();
		if (refusal.field() != null && form.getTarget() != null
				&& org.springframework.beans.BeanUtils.getPropertyDescriptor(form.getTarget().getClass(), refusal.field()) != null) {
			form.rejectValue(refusal.field(), refusal.messageKey(), arguments, null);
		}
		else {
			form.reject(refusal.messageKey(), arguments, null);
		}
	}

}
