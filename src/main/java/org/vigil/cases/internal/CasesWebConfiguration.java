package org.vigil.cases.internal;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class CasesWebConfiguration implements WebMvcConfigurer {

	private final CaseVisibilityInterceptor visibility;

	private final CaseStandingResolver standings;

	CasesWebConfiguration(CaseVisibilityInterceptor visibility, CaseStandingResolver standings) {
		this.visibility = visibility;
		this.standings = standings;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(visibility).addPathPatterns(CaseVisibilityInterceptor.PATHS);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(standings);
	}

}
