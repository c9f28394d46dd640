package org.vigil.audit;

import org.vigil.support.OperatorShell;
import org.springframework.context.ApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.platform.Command;

/**
 * Tampers with the audit tables the way someone with database access would, and shows that
 * {@link AuditVerifier} notices each kind of tampering.
 */
@SpringBootTest(properties = "vigil.audit.checkpoint-every=5")
class AuditLogIntegrationTests {

	@Autowired
	AuditLog log;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path folder;

	@BeforeEach
	void startWithAnEmptyLog() {
		tamper("delete from audit_entries", "delete from audit_checkpoints",
				"update audit_head set last_id = 0, last_hash = repeat('0', 64)");
	}

	@Test
	void anUntouchedLogIsIntact() {
		write(12);
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(12));
		assertThat(jdbc.queryForList("select entry_id from audit_checkpoints order by entry_id", Long.class))
			.containsExactly(5L, 10L);
	}

	@Test
	void theApplicationCannotChangeOrRemoveEntries() {
		write(2);
		assertThatThrownBy(() -> jdbc.update("update audit_entries set actor = 'eve' where id = 1"))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_entries where id = 2")).hasMessageContaining("append-only");
	}

	@Test
	void anEditedEntryIsDetected() {
		write(12);
		tamper("update audit_entries set actor = 'someone-else' where id = 4");
		assertThat(verifier.verify()).satisfies(broken(4, "edited"));
	}

	@Test
	void editedDetailsAreDetected() {
		write(3);
		tamper("update audit_entries set details = '{\"reason\": \"nothing to see\"}' where id = 2");
		assertThat(verifier.verify()).satisfies(broken(2, "edited"));
	}

	@Test
	void aDeletedEntryIsDetected() {
		write(12);
		tamper("delete from audit_entries where id = 7");
		assertThat(verifier.verify()).satisfies(broken(7, "removed"));
	}

	@Test
	void swappedEntriesAreDetected() {
		write(12);
		tamper("update audit_entries set id = -1 where id = 3", "update audit_entries set id = 3 where id = 4",
				"update audit_entries set id = 4 where id = -1");
		assertThat(verifier.verify()).satisfies(broken(3, "edited or moved"));
	}

	@Test
	void aCutOffTailIsDetectedByTheHead() {
		write(12);
		tamper("delete from audit_entries where id > 10");
		assertThat(verifier.verify()).satisfies(broken(11, "cut off"));
	}

	@Test
	void aCutOffTailWithAForgedHeadIsDetectedByTheLastSignedCheckpoint() {
		write(12);
		tamper("delete from audit_entries where id > 7",
				"update audit_head set last_id = 7, last_hash = (select hash from audit_entries where id = 7)");
		assertThat(verifier.verify()).satisfies(broken(8, "cut short"));
	}

	@Test
	void aCutOffTailWithoutItsCheckpointsIsDetectedByAnExportedCheckpoint() {
		write(12);
		Path exported = folder.resolve("checkpoint.json");
		assertThat(verifier.exportCheckpoint(exported)).isEqualTo(12);
		tamper("delete from audit_entries where id > 9", "delete from audit_checkpoints",
				"update audit_head set last_id = 9, last_hash = (select hash from audit_entries where id = 9)");
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(9));
		assertThat(verifier.verify(exported)).satisfies(broken(10, "cut short"));
	}

	@Test
	void aForgedCheckpointIsDetected() {
		write(6);
		tamper("update audit_checkpoints set hash = (select hash from audit_entries where id = 4) where entry_id = 5");
		assertThat(verifier.verify()).satisfies(broken(5, "signature"));
	}

	@Test
	void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Long>> writers = new ArrayList<>();
			for (int i = 0; i < 120; i++) {
				int n = i;
				writers.add(() -> {
					long id = log.record(AuditEvent.of("writer-" + (n % 6), "case.viewed", "case", n, "127.0.0.1"));
					// Written for good when the call returns: another connection reads it.
					assertThat(jdbc.queryForObject("select actor from audit_entries where id = ?", String.class, id))
						.isEqualTo("writer-" + (n % 6));
					return id;
				});
			}
			List<Long> ids = new ArrayList<>();
			for (Future<Long> id : pool.invokeAll(writers)) {
				ids.add(id.get());
			}
			assertThat(ids).doesNotHaveDuplicates().hasSize(120);
		}
		finally {
			pool.shutdown();
		}
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(120));
	}

	@Test
	void entriesRecordedTogetherFollowEachOtherInTheirOrderAndKeepTheChainIntact() {
		write(2);
		List<AuditEvent> together = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			together.add(new AuditEvent("vigil:dispatch", "reply.received", "dispatch-reply", "reply-" + i, AuditEvent.SUCCESS, null, Map.of()));
		}
		assertThat(log.recordAll(together)).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
		assertThat(jdbc.queryForList("select record_id from audit_entries where id > 2 order by id", String.class))
			.containsExactly("reply-1", "reply-2", "reply-3", "reply-4", "reply-5", "reply-6", "reply-7", "reply-8", "reply-9", "reply-10");
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(12));
		assertThat(jdbc.queryForList("select entry_id from audit_checkpoints order by entry_id", Long.class)).containsExactly(5L, 10L);
	}

	@Test
	void theShellCommandPrintsTheVerdictAndExitsNonZeroWhenBroken() {
		write(3);
		assertThat(audit("verify")).isEqualTo("0 intact (3 entries)");
		Path exported = folder.resolve("exported.json");
		assertThat(audit("checkpoint", "--export", exported.toString())).startsWith("0 Signed a checkpoint at entry 3");
		assertThat(audit("verify", "--checkpoint", exported.toString())).isEqualTo("0 intact (3 entries)");
		tamper("update audit_entries set action = 'case.edited' where id = 2");
		assertThat(audit("verify")).startsWith("1 broken at entry 2: ");
	}

	private void write(int count) {
		for (int i = 1; i <= count; i++) {
			log.record(new AuditEvent("ana", "case.viewed", "case", "case-" + i, AuditEvent.SUCCESS, "192.0.2.1",
					Map.of("reason", "follow-up " + i)));
		}
	}

	/** Runs SQL as the database owner would: with the append-only triggers switched off. */
	private void tamper(String... statements) {
		transactions.executeWithoutResult(tx -> {
			jdbc.execute("alter table audit_entries disable trigger user");
			for (String sql : statements) {
				jdbc.execute(sql);
			}
			jdbc.execute("alter table audit_entries enable trigger user");
		});
	}

	private static java.util.function.Consumer<AuditVerification> broken(long entryId, String reasonPart) {
		return verdict -> {
			assertThat(verdict.intact()).as(verdict.summary()).isFalse();
			assertThat(verdict.firstBrokenEntryId()).as(verdict.summary()).isEqualTo(entryId);
			assertThat(verdict.reason()).contains(reasonPart);
		};
	}

	private String audit(String... args) {
		OperatorShell.Ran ran = OperatorShell.run(context, java.util.stream.Stream.concat(java.util.stream.Stream.of("audit"),
				java.util.Arrays.stream(args)).toArray(String[]::new));
		return ran.exit() + " " + ran.all().strip();
	}

}
