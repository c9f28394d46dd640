package org.vigil.cases.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.vigil.cases.CaseStanding;

/** Hands a controller method the {@link CaseStanding} checked for its request, in any module. */
@Component
class CaseStandingResolver implements HandlerMethodArgumentResolver {

	private final CaseStandings standings;

	CaseStandingResolver(CaseStandings standings) {
		this.standings = standings;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CaseStanding.class.equals(parameter.getParameterType());
	}

	@Override
	public CaseStanding resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		return standings.of(request.getNativeRequest(HttpServletRequest.class));
	}

}
