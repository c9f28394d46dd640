package org.vigil.publishing.internal.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public site on a port of its own ({@code vigil.publishing.site.port}): a second connector on
 * Vigil's address, so that an organisation can open that port to the world (or put a web server
 * for its public host name in front of it) and keep Vigil's own port reachable only from inside.
 * On the site's port nothing but {@code /public} answers — no sign-in page, no API, no health
 * check — so nothing of the signed-in application can be reached through it, even by mistake.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnExpression("${vigil.publishing.site.enabled:true} and '${vigil.publishing.site.port:0}' != '0'")
class SitePort {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> publicSiteConnector(SiteProperties properties, Environment environment) {
		return factory -> {
			Connector connector = new Connector(TomcatWebServerFactory.DEFAULT_PROTOCOL);
			connector.setPort(properties.port());
			connector.setProperty("address", environment.getProperty("server.address", "127.0.0.1"));
			factory.addAdditionalConnectors(connector);
		};
	}

	@Bean
	FilterRegistrationBean<OnlyThePublicSite> onlyThePublicSite(SiteProperties properties) {
		FilterRegistrationBean<OnlyThePublicSite> registration = new FilterRegistrationBean<>(new OnlyThePublicSite(properties.port()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

	/** On the site's port, anything outside {@code /public} is not found; Vigil's own port is left alone. */
	static final class OnlyThePublicSite extends OncePerRequestFilter {

		private final int port;

		OnlyThePublicSite(int port) {
			this.port = port;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			// The container's decoded, normalised path (never the raw URI: "/public/../login" is /login).
			String path = request.getServletPath() + (request.getPathInfo() != null ? request.getPathInfo() : "");
			if (request.getLocalPort() != port || path.equals("/public") || path.startsWith("/public/")) {
				chain.doFilter(request, response);
				return;
			}
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			response.setContentType(MediaType.TEXT_PLAIN_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setHeader("Cache-Control", "no-store");
			response.getWriter().write("Not found. This address serves the public site only: /public/\n");
		}

	}

}
