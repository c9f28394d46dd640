package org.vigil.platform.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.vigil.platform.VigilProperties;
import org.vigil.platform.validation.CountryCode;

/**
 * The API description at {@code /api/openapi.json} (springdoc, settings under
 * {@code springdoc.*}), described by one convention ({@link ApiDescription}) so that a route added
 * later is described like the others without anything being written for it but its Javadoc.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiDescriptionConfiguration {

	static {
		// Each enum is one schema in the components, described once with the meaning of its values,
		// and one type in a generated client (rather than a copy per field that uses it).
		io.swagger.v3.core.jackson.ModelResolver.enumsAsRef = true;
	}

	@Bean
	ApiDescription apiDescription(ObjectProvider<BuildProperties> build, VigilProperties vigil, ApiProperties settings) {
		BuildProperties properties = build.getIfAvailable();
		String version = properties != null ? properties.getVersion() : "development";
		// Without a public address, the server is the one that served the description (a relative URL).
		String server = StringUtils.hasText(vigil.publicUrl()) ? vigil.publicUrl().replaceAll("/+$", "") : "/";
		return new ApiDescription(version, server, settings, new ApiExamples());
	}

	/** Each operation under the tag of its domain ({@link ApiTag}), unless its controller names one with {@code @Tag}. */
	@Bean
	OperationCustomizer tagByDomain() {
		return (operation, handler) -> {
			Class<?> controller = handler.getBeanType();
			if (!controller.isAnnotationPresent(io.swagger.v3.oas.annotations.tags.Tag.class)) {
				operation.setTags(List.of(ApiTag.of(controller).map(ApiTag::tagName).orElse(ApiTag.moduleOf(controller))));
			}
			return operation;
		};
	}

	/** A route answering an {@link ApiPage} takes the paging parameters declared once ({@link ApiDescription#PAGE}, {@link ApiDescription#SIZE}). */
	@Bean
	OperationCustomizer pagingByConvention() {
		return (operation, handler) -> {
			if (ApiPage.class.isAssignableFrom(handler.getMethod().getReturnType()) && operation.getParameters() != null) {
				operation.setParameters(operation.getParameters().stream()
					.map(p -> ApiDescription.PAGE.equals(p.getName()) || ApiDescription.SIZE.equals(p.getName())
							? new io.swagger.v3.oas.models.parameters.Parameter().$ref("#/components/parameters/" + p.getName())
							: p)
					.toList());
			}
			return operation;
		};
	}

	/**
	 * An enum's schema says what it is and what each value means, from the Javadoc of the enum and
	 * of its constants.
	 */
	@Bean
	ModelConverter enumMeanings() {
		return (type, context, chain) -> {
			Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
			Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
			if (raw.isEnum() && schema != null && schema.get$ref() != null) {
				Schema<?> defined = context.getDefinedModels().get(schema.get$ref().replace("#/components/schemas/", ""));
				if (defined != null) {
					defined.setDescription(EnumMeanings.of(raw));
				}
			}
			return schema;
		};
	}

	/**
	 * Two of Vigil's types answered under one schema name would be described as one (springdoc names
	 * schemas by simple class name), and a client would read one as the other: the description
	 * refuses to be built until one is renamed.
	 */
	@Bean
	ModelConverter oneTypePerSchemaName() {
		java.util.Map<String, Class<?>> named = new java.util.concurrent.ConcurrentHashMap<>();
		return (type, context, chain) -> {
			Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
			Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
			if (schema != null && schema.get$ref() != null && raw.getName().startsWith("org.vigil.") && raw.getTypeParameters().length == 0) {
				Class<?> first = named.putIfAbsent(schema.get$ref(), raw);
				if (first != null && first != raw) {
					throw new IllegalStateException("The API types " + first.getName() + " and " + raw.getName()
							+ " would share the schema " + schema.get$ref() + ": rename one of them");
				}
			}
			return schema;
		};
	}

	/** A field that must be an ISO 3166-1 country code says so in its schema. */
	@Bean
	PropertyCustomizer countryCodes() {
		return (schema, type) -> {
			if (type.getCtxAnnotations() != null && java.util.Arrays.stream(type.getCtxAnnotations())
				.anyMatch(annotation -> annotation.annotationType() == CountryCode.class)) {
				Schema<?> described = schema;
				described.pattern("^[A-Z]{2}$");
				String about = "An ISO 3166-1 alpha-2 country code, such as `CN` or `KP`.";
				described.description(StringUtils.hasText(schema.getDescription()) ? schema.getDescription() + " " + about : about);
			}
			return schema;
		};
	}

	/**
	 * Handler parameters that Vigil resolves itself (a custom argument resolver, such as the case's
	 * standing checked once per request) are not part of the request, and stay out of the description.
	 */
	@Bean
	SmartInitializingSingleton leaveOutResolvedParameters(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
			RequestMappingHandlerAdapter adapter) {
		return () -> {
			List<HandlerMethodArgumentResolver> resolvers = adapter.getCustomArgumentResolvers();
			if (resolvers == null || resolvers.isEmpty()) {
				return;
			}
			Set<Class<?>> resolved = new HashSet<>();
			mappings.getHandlerMethods().values().forEach(handler -> {
				for (MethodParameter parameter : handler.getMethodParameters()) {
					if (resolvers.stream().anyMatch(resolver -> resolver.supportsParameter(parameter))) {
						resolved.add(parameter.getParameterType());
					}
				}
			});
			resolved.forEach(type -> SpringDocUtils.getConfig().addRequestWrapperToIgnore(type));
		};
	}

}
