package org.vigil.platform.web;

import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The language of the pages follows the browser, and can be switched with {@code ?lang=ko}
 * (remembered in a cookie). English is complete; Korean and Chinese fall back to it. The time zone
 * of the dates on a page is the reader's own choice where they made one ({@link TimeZoneChoice}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Controllers are looked up path first ({@link PathFirstHandlerMapping}). */
	@Bean
	WebMvcRegistrations pathFirstHandlerMapping() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PathFirstHandlerMapping();
			}

		};
	}

	@Bean
	LocaleResolver localeResolver(ObjectProvider<TimeZoneChoice> timeZones) {
		CookieLocaleResolver resolver = new ReaderLocaleResolver(timeZones);
		resolver.setDefaultLocale(Locale.ENGLISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * The language from the cookie, and the time zone from the reader's own settings: asked for only
	 * when a page formats a date, and then once per request.
	 */
	static final class ReaderLocaleResolver extends CookieLocaleResolver {

		private final ObjectProvider<TimeZoneChoice> timeZones;

		ReaderLocaleResolver(ObjectProvider<TimeZoneChoice> timeZones) {
			super("vigil-lang");
			this.timeZones = timeZones;
		}

		@Override
		public LocaleContext resolveLocaleContext(HttpServletRequest request) {
			LocaleContext language = super.resolveLocaleContext(request);
			return new TimeZoneAwareLocaleContext() {

				private TimeZone zone;

				private boolean asked;

				@Override
				public Locale getLocale() {
					return language.getLocale();
				}

				@Override
				public TimeZone getTimeZone() {
					if (!asked) {
						TimeZoneChoice choice = timeZones.getIfAvailable();
						zone = choice == null ? null : choice.ofCurrentReader().map(TimeZone::getTimeZone).orElse(null);
						asked = true;
					}
					return zone;
				}

			};
		}

	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		// The public site sets no cookie: its language is each item's own, never a reader's choice kept.
		registry.addInterceptor(interceptor).excludePathPatterns("/public", "/public/**");
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/", "/watch"); // the watch list, which sends on to /cases whoever has no cases to watch
	}

}
