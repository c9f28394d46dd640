package org.vigil.platform;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.boot.internal.EnversService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.servlet.ServletWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.vigil.VigilApplication;
import org.vigil.audit.AuditVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application an operator command starts: only what a command's work can reach — no
 * monitoring, no schedulers, none of the server's start-up work — and still every listener's needs.
 */
class CommandContextTests {

	@Test
	void aCommandStartsNoMonitoringNoSchedulerAndNoneOfTheServersStartUpWork() {
		try (CommandContext command = new CommandContext(VigilApplication.class, "events", List.of())) {
			ConfigurableApplicationContext context = command.started();

			assertThat(context.getBeanNamesForType(MeterRegistry.class)).isEmpty();
			assertThat(context.getBeanNamesForType(HealthContributor.class)).isEmpty();
			assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
			// The sample case (--demo), and the starting directory and law data, are the server's to record.
			assertThat(context.getBeanNamesForType(ApplicationRunner.class)).isEmpty();
			assertThat(context.containsBean("directoryStartingData")).isFalse();
			assertThat(context.containsBean("lawStartingData")).isFalse();
		}
	}

	@Test
	void aCommandStartsNoWebServerAndOpensNoCommandSocket() {
		try (CommandContext command = new CommandContext(VigilApplication.class, "admin", List.of())) {
			ConfigurableApplicationContext context = command.started();

			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class).isNotInstanceOf(WebApplicationContext.class);
			assertThat(context.getBeanNamesForType(ServletWebServerFactory.class)).isEmpty();
			// Only a server runs the commands sent to the home's socket.
			assertThat(context.getBeanNamesForType(CommandChannelServer.class)).isEmpty();
		}
	}

	@Test
	void aCommandWhoseModulesMapNoEntityStartsWithoutJpaAndStillVerifiesTheAuditChain() {
		Class<?> audit = OperatorCommands.named(OperatorCommands.commandClasses(VigilApplication.class), "audit").get(0);
		try (CommandContext command = new CommandContext(VigilApplication.class, "audit", List.of())) {
			ConfigurableApplicationContext context = command.started(audit);

			assertThat(context.getBeanNamesForType(EntityManagerFactory.class)).isEmpty();
			assertThat(context.getBeanNamesForType(org.springframework.data.repository.Repository.class)).isEmpty();
			assertThat(context.getBean(AuditVerifier.class).verify().intact()).isTrue();
		}
	}

	@Test
	void aCommandWhoseModulesKeepNoHistoryStartsHibernateWithoutEnvers() {
		Class<?> admin = OperatorCommands.named(OperatorCommands.commandClasses(VigilApplication.class), "admin").get(0);
		try (CommandContext command = new CommandContext(VigilApplication.class, "admin", List.of())) {
			ConfigurableApplicationContext context = command.started(admin);

			SessionFactoryImplementor hibernate = context.getBean(EntityManagerFactory.class).unwrap(SessionFactoryImplementor.class);
			assertThat(hibernate.getServiceRegistry().requireService(EnversService.class).isEnabled()).isFalse();
		}
	}

	@Test
	void aCommandCanStillRunAnyListenerItResubmits() {
		try (CommandContext command = new CommandContext(VigilApplication.class, "events", List.of())) {
			ConfigurableApplicationContext context = command.started();

			// events resubmit runs failed listeners in the command's process: a letter's delivery sends mail.
			assertThat(context.getBeanNamesForType(JavaMailSender.class)).isNotEmpty();
			assertThat(context.getBean("delivery")).isNotNull();
			assertThat(context.getBean("eventPublications")).isNotNull();
		}
	}

}
