package org.vigil.cases.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class CasesWebConfiguration implements WebMvcConfigurer {

	private final CaseVisibilityInterceptor visibility;

	CasesWebConfiguration(CaseVisibilityInterceptor visibility) {
		this.visibility = visibility;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(visibility).addPathPatterns(CaseVisibilityInterceptor.PATHS);
	}

}
