package org.vigil.platform;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where the current request comes from, for the audit log ("from where"). */
public final class RequestAddress {

	private RequestAddress() {
	}

	/** The remote address of the request being served, or {@code null} outside a request (commands, jobs). */
	public static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}
