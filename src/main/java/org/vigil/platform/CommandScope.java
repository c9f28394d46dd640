package org.vigil.platform;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.repository.Repository;
import org.springframework.orm.jpa.persistenceunit.ManagedClassNameFilter;

/**
 * The packages a command's application is made of when its class says {@link StartsOnly}: the
 * components, configuration properties, entities and repositories of every other module of the
 * application are left out (classes outside the application, such as Spring's, are not concerned).
 */
record CommandScope(String application, List<String> packages) {

	static final String PLATFORM = "platform";

	/** The scope {@code command} declares, or empty for the whole application. */
	static Optional<CommandScope> of(Class<?> command, Class<?> application) {
		StartsOnly only = command.getAnnotation(StartsOnly.class);
		if (only == null) {
			return Optional.empty();
		}
		String root = application.getPackageName();
		List<String> packages = Stream.concat(Stream.of(PLATFORM), Stream.of(only.value()))
			.distinct()
			.map(module -> root + "." + module)
			.toList();
		return Optional.of(new CommandScope(root, packages));
	}

	/** What a command's modules keep through JPA, and so what of JPA its application starts. */
	enum Persistence {

		/** No entity: no Hibernate, no Spring Data repositories, no event publication registry (the modules' work is plain SQL). */
		NONE,

		/** Entities, none of them with a history (Envers): Hibernate without Envers. */
		ENTITIES,

		/** Entities with a history: the whole of JPA, as the server has it. */
		ENTITIES_WITH_HISTORY

	}

	/**
	 * What the scope's modules map: {@code CommandScopeTests} checks that nothing in a scope
	 * without entities waits for an event, since such a scope has no event publication registry.
	 */
	Persistence persistence(ClassLoader loader) {
		ClassPathScanningCandidateComponentProvider entities = new ClassPathScanningCandidateComponentProvider(false);
		entities.setResourceLoader(new DefaultResourceLoader(loader));
		entities.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
		List<AnnotatedBeanDefinition> found = packages.stream()
			.flatMap(module -> entities.findCandidateComponents(module).stream())
			.map(AnnotatedBeanDefinition.class::cast)
			.toList();
		if (found.isEmpty()) {
			return Persistence.NONE;
		}
		return found.stream().anyMatch(entity -> entity.getMetadata().hasAnnotation(Audited.class.getName()))
				? Persistence.ENTITIES_WITH_HISTORY : Persistence.ENTITIES;
	}

	/** Whether the class named belongs to the scope, or to no module of the application at all. */
	boolean includes(String className) {
		return !className.startsWith(application + ".") || packages.stream().anyMatch(p -> className.startsWith(p + "."));
	}

	/** Applies the scope to a context about to load its bean definitions. */
	void applyTo(ConfigurableApplicationContext context) {
		var beans = context.getBeanFactory();
		// @SpringBootApplication's component scan, and @ConfigurationPropertiesScan, ask every TypeExcludeFilter bean.
		beans.registerSingleton("vigilCommandScope", new Exclusion(this));
		// Spring Boot's JPA configuration lists the entities it finds through this filter.
		beans.registerSingleton("vigilCommandEntities", (ManagedClassNameFilter) this::includes);
		// Spring Data finds every module's repositories; those of the modules left out go before any is made.
		context.addBeanFactoryPostProcessor(this::withoutOthersRepositories);
	}

	private void withoutOthersRepositories(ConfigurableListableBeanFactory beans) {
		for (String name : beans.getBeanDefinitionNames()) {
			Class<?> type = beans.getType(name, false);
			if (type != null && Repository.class.isAssignableFrom(type) && !includes(type.getName())) {
				((BeanDefinitionRegistry) beans).removeBeanDefinition(name);
			}
		}
	}

	private static final class Exclusion extends TypeExcludeFilter {

		private final CommandScope scope;

		Exclusion(CommandScope scope) {
			this.scope = scope;
		}

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return !scope.includes(reader.getClassMetadata().getClassName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Exclusion exclusion && exclusion.scope.equals(scope);
		}

		@Override
		public int hashCode() {
			return scope.hashCode();
		}

	}

}
