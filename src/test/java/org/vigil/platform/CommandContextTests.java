package org.vigil.platform;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
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
import picocli.CommandLine;

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
	void theAdminCommandStartsWithoutJpaAndStillFindsTheUsers() {
		Class<?> admin = OperatorCommands.named(OperatorCommands.commandClasses(VigilApplication.class), "admin").get(0);
		String name = "nojpa-" + System.nanoTime();
		try (CommandContext command = new CommandContext(VigilApplication.class, "admin", List.of())) {
			ConfigurableApplicationContext context = command.started(admin);

			assertThat(context.getBeanNamesForType(EntityManagerFactory.class)).isEmpty();
			assertThat(context.getBeanNamesForType(org.springframework.data.repository.Repository.class)).isEmpty();
			assertThat(run(command, "a long passphrase for no jpa\n", "admin", "create-user", "--username", name, "--role",
					"RESEARCHER,REVIEWER", "--team", "No JPA", "--password-stdin")).startsWith("0 ");
			assertThat(run(command, "", "admin", "list-users")).startsWith("0 ").contains(name + "\t[").contains("REVIEWER");
			// Names are found whatever their case, as before.
			assertThat(run(command, "", "admin", "issue-token", "--username", name.toUpperCase(java.util.Locale.ROOT)))
				.startsWith("0 vgl_");
		}
	}

	/** Runs a command line in the context, answering its exit code and what it printed. */
	private static String run(CommandContext command, String input, String... args) {
		CommandLine line = OperatorCommands.commandLine(VigilApplication.class, command);
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		BufferedReader reader = new BufferedReader(new StringReader(input));
		int exit = OperatorCommands.execute(line, args, new PrintWriter(out, true), new PrintWriter(err, true), reader::readLine);
		return exit + " " + out + err;
	}

	@StartsOnly({ "accounts", "audit" })
	private static final class AccountsAndAudit {
	}

	@StartsOnly("evidence")
	private static final class EvidenceOnly {
	}

	@StartsOnly("cases")
	private static final class CasesOnly {
	}

	@Test
	void aScopeStartsAsMuchOfJpaAsTheEntitiesOfItsModulesNeed() {
		ClassLoader loader = VigilApplication.class.getClassLoader();
		assertThat(CommandScope.of(AccountsAndAudit.class, VigilApplication.class).orElseThrow().persistence(loader))
			.isEqualTo(CommandScope.Persistence.NONE);
		assertThat(CommandScope.of(EvidenceOnly.class, VigilApplication.class).orElseThrow().persistence(loader))
			.isEqualTo(CommandScope.Persistence.ENTITIES);
		assertThat(CommandScope.of(CasesOnly.class, VigilApplication.class).orElseThrow().persistence(loader))
			.isEqualTo(CommandScope.Persistence.ENTITIES_WITH_HISTORY);

		try (CommandContext command = new CommandContext(VigilApplication.class, "evidence", List.of())) {
			ConfigurableApplicationContext context = command.started(EvidenceOnly.class);

			EntityManagerFactory jpa = context.getBean(EntityManagerFactory.class);
			assertThat(jpa.getMetamodel().getEntities()).map(entity -> entity.getJavaType().getName())
				.isNotEmpty()
				.allMatch(name -> !name.startsWith("org.vigil.") || name.startsWith("org.vigil.evidence."));
			SessionFactoryImplementor hibernate = jpa.unwrap(SessionFactoryImplementor.class);
			// None of the module's entities keeps a history: Hibernate starts without Envers.
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
