package org.vigil.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Turns off the filter that rewrites every link a page renders into a versioned static-resource
 * URL. Vigil uses no resource versioning, so the rewriting changes nothing — but with the static
 * pattern {@code /**} it looked each link up on the class path (in the nested jar), about a
 * millisecond per link: 85% of the time of a case page with 800 persons (see docs/benchmarks.md).
 * Version-free WebJar paths such as {@code /webjars/htmx.org/dist/htmx.min.js} still resolve
 * when they are requested.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUrlConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
