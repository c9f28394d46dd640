package org.vigil.publishing.internal.site;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public site's web parts, there only while {@code vigil.publishing.site.enabled} is on (the default). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "vigil.publishing.site.enabled", matchIfMissing = true)
class PublicSiteConfiguration {

	@Bean
	FilterRegistrationBean<PublicCaching> publicCaching(SiteProperties properties) {
		FilterRegistrationBean<PublicCaching> registration = new FilterRegistrationBean<>(new PublicCaching(properties));
		registration.addUrlPatterns("/public/*", "/public");
		return registration;
	}

}
