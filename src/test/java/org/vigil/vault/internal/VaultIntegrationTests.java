package org.vigil.vault.internal;

import org.vigil.support.OperatorShell;
import org.springframework.context.ApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vigil.platform.Command;
import org.vigil.platform.SecretFiles;
import org.vigil.vault.CaseKeys;
import org.vigil.vault.FieldCipher;
import org.vigil.vault.KeyDestroyedException;
import org.vigil.vault.MasterKeyRotation;
import org.vigil.vault.ShredOutcome;
import org.vigil.vault.VaultException;

@SpringBootTest
class VaultIntegrationTests {

	private static final String NAME = "Pak Kyong-hui";

	@Autowired
	FieldCipher cipher;

	@Autowired
	CaseKeys caseKeys;

	@Autowired
	MasterKeyRotation rotation;

	@Autowired
	MasterKey masterKey;

	@Autowired
	DataKeys dataKeys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	private final UUID caseId = UUID.randomUUID();

	private final UUID personId = UUID.randomUUID();

	@Test
	void aFieldComesBackAsItWasWrittenAndIsNotReadableAsStored() {
		String stored = cipher.encrypt(caseId, "person", personId, "name", NAME);
		assertThat(stored).startsWith("v1:").doesNotContain("Pak");
		assertThat(cipher.decrypt(caseId, "person", personId, "name", stored)).isEqualTo(NAME);
		assertThat(cipher.encrypt(caseId, "person", personId, "name", NAME)).as("randomised").isNotEqualTo(stored);
	}

	@Test
	void keysMadeForAnImportAreStoredTogetherAndReadLikeAnyOther() {
		UUID otherPerson = UUID.randomUUID();
		org.vigil.vault.NewKeys batch = cipher.newKeys();
		String first = batch.encrypt(personId, "person", personId, "name", NAME);
		String second = batch.encrypt(otherPerson, "person", otherPerson, "name", "Kim Chol");
		String again = batch.encrypt(personId, "person", personId, "aliases", "Kyong-hui");
		assertThat(batch.pending()).isEqualTo(2);
		assertThat(first).startsWith("v1:").doesNotContain("Pak");
		assertThatThrownBy(() -> cipher.decrypt(personId, "person", personId, "name", first))
			.as("unreadable until the keys are stored").isInstanceOf(VaultException.class);

		assertThat(batch.store()).isEqualTo(2);
		assertThat(batch.pending()).isZero();
		dataKeys.forgetAll();
		assertThat(cipher.decrypt(personId, "person", personId, "name", first)).isEqualTo(NAME);
		assertThat(cipher.decrypt(personId, "person", personId, "aliases", again)).isEqualTo("Kyong-hui");
		assertThat(cipher.decrypt(otherPerson, "person", otherPerson, "name", second)).isEqualTo("Kim Chol");
	}

	@Test
	void anImportNeverReplacesAKeyThatExistsNorRevivesAShreddedOne() {
		String stored = cipher.encrypt(caseId, "person", personId, "name", NAME);
		org.vigil.vault.NewKeys batch = cipher.newKeys();
		batch.encrypt(caseId, "person", personId, "name", "someone else");
		assertThatThrownBy(batch::store).isInstanceOf(VaultException.class).hasMessageContaining("already had a data key");
		dataKeys.forgetAll();
		assertThat(cipher.decrypt(caseId, "person", personId, "name", stored)).as("the existing key is kept").isEqualTo(NAME);

		assertThat(caseKeys.shred(caseId)).isEqualTo(ShredOutcome.SHREDDED);
		assertThatThrownBy(() -> cipher.newKeys().encrypt(caseId, "person", personId, "name", NAME))
			.isInstanceOf(KeyDestroyedException.class);
	}

	@Test
	void concurrentFirstEncryptionsOfACaseAgreeOnOneKey() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<String>> writers = Collections.nCopies(8,
					() -> cipher.encrypt(caseId, "person", personId, "name", NAME));
			List<String> stored = new ArrayList<>();
			for (Future<String> value : pool.invokeAll(writers)) {
				stored.add(value.get());
			}
			dataKeys.forgetAll();
			assertThat(stored).allSatisfy(value -> assertThat(cipher.decrypt(caseId, "person", personId, "name", value)).isEqualTo(NAME));
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void resealingAnUnchangedValueKeepsItsCiphertextAndAChangedOneIsSealedAfresh() {
		String stored = cipher.encrypt(caseId, "person", personId, "name", NAME);
		assertThat(cipher.reseal(caseId, "person", personId, "name", NAME, stored)).isEqualTo(stored);
		String changed = cipher.reseal(caseId, "person", personId, "name", "Pak Kyong-ok", stored);
		assertThat(changed).isNotEqualTo(stored);
		assertThat(cipher.decrypt(caseId, "person", personId, "name", changed)).isEqualTo("Pak Kyong-ok");
		assertThat(cipher.reseal(caseId, "person", personId, "name", null, stored)).as("a value removed").isNull();
		assertThat(cipher.decrypt(caseId, "person", personId, "name", cipher.reseal(caseId, "person", personId, "name", NAME, null)))
			.as("a value set for the first time").isEqualTo(NAME);
	}

	@Test
	void nullStaysNull() {
		assertThat(cipher.encrypt(caseId, "person", personId, "name", null)).isNull();
		assertThat(cipher.decrypt(caseId, "person", personId, "name", null)).isNull();
	}

	@Test
	void aCiphertextCopiedToAnotherFieldRecordOrCaseDoesNotDecrypt() {
		String stored = cipher.encrypt(caseId, "person", personId, "name", NAME);
		cipher.encrypt(UUID.randomUUID(), "person", personId, "name", "someone else");
		assertThatThrownBy(() -> cipher.decrypt(caseId, "person", personId, "alias", stored)).isInstanceOf(VaultException.class);
		assertThatThrownBy(() -> cipher.decrypt(caseId, "person", UUID.randomUUID(), "name", stored)).isInstanceOf(VaultException.class);
		assertThatThrownBy(() -> cipher.decrypt(caseId, "source", personId, "name", stored)).isInstanceOf(VaultException.class);
		UUID otherCase = UUID.randomUUID();
		cipher.encrypt(otherCase, "person", personId, "name", "x");
		assertThatThrownBy(() -> cipher.decrypt(otherCase, "person", personId, "name", stored)).isInstanceOf(VaultException.class);
	}

	@Test
	void aFilesBytesComeBackAsTheyWereWrittenAndAreNotReadableAsStored() {
		UUID fileId = UUID.randomUUID();
		byte[] content = ("%PDF-1.7 statement of " + NAME).getBytes(StandardCharsets.UTF_8);
		byte[] stored = cipher.encryptBytes(caseId, "evidence", fileId, "content", content);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).startsWith("v1:").doesNotContain("Pak");
		assertThat(cipher.decryptBytes(caseId, "evidence", fileId, "content", stored)).isEqualTo(content);
		assertThat(cipher.encryptBytes(caseId, "evidence", fileId, "content", content)).as("randomised").isNotEqualTo(stored);
		assertThat(cipher.decryptBytes(caseId, "evidence", fileId, "content", cipher.encryptBytes(caseId, "evidence", fileId,
				"content", new byte[0]))).isEmpty();
		assertThat(cipher.encryptBytes(caseId, "evidence", fileId, "content", null)).isNull();
	}

	@Test
	void aFilesBytesMovedToAnotherFileFieldOrCaseDoNotDecrypt() {
		UUID fileId = UUID.randomUUID();
		byte[] stored = cipher.encryptBytes(caseId, "evidence", fileId, "content", NAME.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> cipher.decryptBytes(caseId, "evidence", UUID.randomUUID(), "content", stored))
			.isInstanceOf(VaultException.class);
		assertThatThrownBy(() -> cipher.decryptBytes(caseId, "evidence", fileId, "name", stored)).isInstanceOf(VaultException.class);
		assertThatThrownBy(() -> cipher.decryptBytes(caseId, "person", fileId, "content", stored)).isInstanceOf(VaultException.class);
		UUID otherCase = UUID.randomUUID();
		cipher.encrypt(otherCase, "person", personId, "name", "x");
		assertThatThrownBy(() -> cipher.decryptBytes(otherCase, "evidence", fileId, "content", stored))
			.isInstanceOf(VaultException.class);
		byte[] altered = stored.clone();
		altered[altered.length - 1] ^= 1;
		assertThatThrownBy(() -> cipher.decryptBytes(caseId, "evidence", fileId, "content", altered)).isInstanceOf(VaultException.class);
		assertThatThrownBy(() -> cipher.decryptBytes(caseId, "evidence", fileId, "content", "not vigil".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(VaultException.class);
	}

	@Test
	void aShreddedCasesFilesCanNeverBeReadAgain() {
		UUID fileId = UUID.randomUUID();
		byte[] stored = cipher.encryptBytes(caseId, "evidence", fileId, "content", NAME.getBytes(StandardCharsets.UTF_8));
		assertThat(caseKeys.shred(caseId)).isEqualTo(ShredOutcome.SHREDDED);
		assertThatThrownBy(() -> cipher.decryptBytes(caseId, "evidence", fileId, "content", stored))
			.isInstanceOf(KeyDestroyedException.class);
		assertThatThrownBy(() -> cipher.encryptBytes(caseId, "evidence", fileId, "content", new byte[] { 1 }))
			.isInstanceOf(KeyDestroyedException.class);
	}

	@Test
	void anAlteredCiphertextIsRejectedWithoutRevealingIt() {
		String stored = cipher.encrypt(caseId, "person", personId, "name", NAME);
		byte[] raw = Base64.getUrlDecoder().decode(stored.substring(3));
		raw[raw.length - 1] ^= 1;
		String altered = "v1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
		assertThatThrownBy(() -> cipher.decrypt(caseId, "person", personId, "name", altered)).isInstanceOf(VaultException.class)
			.hasMessageNotContaining(altered);
	}

	@Test
	void aWrappedKeyMovedToAnotherCaseDoesNotUnwrap() {
		UUID otherCase = UUID.randomUUID();
		String stored = cipher.encrypt(caseId, "person", personId, "name", NAME);
		cipher.encrypt(otherCase, "person", personId, "name", "x");
		jdbc.update("update case_keys set wrapped_keyset = (select wrapped_keyset from case_keys where case_id = ?) where case_id = ?",
				caseId, otherCase);
		dataKeys.forgetAll();
		assertThatThrownBy(() -> cipher.decrypt(otherCase, "person", personId, "name", stored)).isInstanceOf(VaultException.class);
	}

	@Test
	void aShreddedCaseCanNeverBeReadAgain() {
		String stored = cipher.encrypt(caseId, "person", personId, "name", NAME);
		assertThat(caseKeys.shred(caseId)).isEqualTo(ShredOutcome.SHREDDED);
		assertThatThrownBy(() -> cipher.decrypt(caseId, "person", personId, "name", stored)).isInstanceOf(KeyDestroyedException.class);
		assertThatThrownBy(() -> cipher.encrypt(caseId, "person", personId, "name", "new")).isInstanceOf(KeyDestroyedException.class);
		assertThat(jdbc.queryForObject("select wrapped_keyset is null and destroyed_at is not null from case_keys where case_id = ?",
				Boolean.class, caseId)).isTrue();
		assertThat(caseKeys.shred(caseId)).isEqualTo(ShredOutcome.ALREADY_SHREDDED);
		assertThat(caseKeys.isShredded(caseId)).isTrue();
	}

	@Test
	void aCaseShreddedBeforeItHadAKeyNeverGetsOne() {
		assertThat(caseKeys.shred(caseId)).isEqualTo(ShredOutcome.SHREDDED);
		assertThatThrownBy(() -> cipher.encrypt(caseId, "person", personId, "name", NAME))
			.isInstanceOfSatisfying(KeyDestroyedException.class, ex -> assertThat(ex.keyScope()).isEqualTo(caseId));
	}

	@Test
	void aCaseShreddedAfterABackupStaysUnreadableWhenTheBackupIsRestored() {
		String stored = cipher.encrypt(caseId, "person", personId, "name", NAME);
		byte[] backedUp = jdbc.queryForObject("select wrapped_keyset from case_keys where case_id = ?", byte[].class, caseId);
		caseKeys.shred(caseId);
		// Restoring the old backup brings the wrapped key back into the database.
		jdbc.update("update case_keys set wrapped_keyset = ?, destroyed_at = null where case_id = ?", backedUp, caseId);
		dataKeys.forgetAll();
		assertThatThrownBy(() -> cipher.decrypt(caseId, "person", personId, "name", stored)).isInstanceOf(KeyDestroyedException.class);
		assertThat(caseKeys.reapplyShreds()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select wrapped_keyset is null from case_keys where case_id = ?", Boolean.class, caseId)).isTrue();
	}

	@Test
	void aLegalHoldBlocksShreddingUntilLifted() {
		String stored = cipher.encrypt(caseId, "person", personId, "name", NAME);
		caseKeys.setLegalHold(caseId, true);
		assertThat(caseKeys.isUnderLegalHold(caseId)).isTrue();
		assertThat(caseKeys.shred(caseId)).isEqualTo(ShredOutcome.REFUSED_LEGAL_HOLD);
		assertThat(ShredOutcome.REFUSED_LEGAL_HOLD.message()).contains("legal hold");
		assertThat(cipher.decrypt(caseId, "person", personId, "name", stored)).isEqualTo(NAME);
		caseKeys.setLegalHold(caseId, false);
		assertThat(caseKeys.shred(caseId)).isEqualTo(ShredOutcome.SHREDDED);
	}

	@Test
	void theDatabaseItselfRefusesToShredAKeyUnderLegalHold() {
		cipher.encrypt(caseId, "person", personId, "name", NAME);
		caseKeys.setLegalHold(caseId, true);
		assertThatThrownBy(() -> jdbc.update("update case_keys set wrapped_keyset = null, destroyed_at = now() where case_id = ?", caseId))
			.hasMessageContaining("case_keys_no_shred_under_hold");
	}

	@Test
	void rotationKeepsOldDataReadableAndWrapsKeysWithTheNewMasterKey() {
		String before = cipher.encrypt(caseId, "person", personId, "name", NAME);
		long oldPrimary = masterKey.primaryKeyId();
		byte[] oldWrapped = jdbc.queryForObject("select wrapped_keyset from case_keys where case_id = ?", byte[].class, caseId);

		MasterKeyRotation.Rotation rotated = rotation.rotate();

		assertThat(rotated.primaryKeyId()).isNotEqualTo(oldPrimary).isEqualTo(masterKey.primaryKeyId());
		assertThat(rotated.rewrapped()).isPositive();
		assertThat(jdbc.queryForObject("select master_key_id from case_keys where case_id = ?", Long.class, caseId))
			.isEqualTo(rotated.primaryKeyId());
		assertThat(jdbc.queryForObject("select wrapped_keyset from case_keys where case_id = ?", byte[].class, caseId))
			.isNotEqualTo(oldWrapped);
		dataKeys.forgetAll();
		assertThat(cipher.decrypt(caseId, "person", personId, "name", before)).isEqualTo(NAME);
		UUID newCase = UUID.randomUUID();
		String after = cipher.encrypt(newCase, "person", personId, "name", NAME);
		assertThat(jdbc.queryForObject("select master_key_id from case_keys where case_id = ?", Long.class, newCase))
			.isEqualTo(rotated.primaryKeyId());
		assertThat(cipher.decrypt(newCase, "person", personId, "name", after)).isEqualTo(NAME);
	}

	@Test
	void noTableHoldsTheMasterKey() throws Exception {
		cipher.encrypt(caseId, "person", personId, "name", NAME);
		KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(SecretFiles.read(masterKey.file()), InsecureSecretKeyAccess.get());
		String everything = String.join("\n", jdbc.queryForList(
				"select tablename from pg_tables where schemaname = 'public'", String.class)
			.stream()
			.map(table -> jdbc.queryForObject("select coalesce(string_agg(t::text, ' '), '') from \"" + table + "\" t", String.class))
			.toList());
		assertThat(everything).contains(caseId.toString());
		for (int i = 0; i < keyset.size(); i++) {
			byte[] key = ((AesGcmKey) keyset.getAt(i).getKey()).getKeyBytes().toByteArray(InsecureSecretKeyAccess.get());
			assertThat(everything).doesNotContain(HexFormat.of().formatHex(key))
				.doesNotContain(Base64.getEncoder().encodeToString(key).substring(0, 40));
		}
	}

	@Test
	void theShellCommandRefusesToShredUnderLegalHoldAndSaysWhy() {
		cipher.encrypt(caseId, "person", personId, "name", NAME);
		assertThat(vault("legal-hold", "--case", caseId.toString(), "--on")).startsWith("0 Legal hold set");
		assertThat(vault("shred", "--case", caseId.toString())).startsWith("1 The case is under legal hold");
		assertThat(vault("legal-hold", "--case", caseId.toString(), "--off")).startsWith("0 Legal hold lifted");
		assertThat(vault("shred", "--case", caseId.toString())).startsWith("0 The case's data key is destroyed");
		assertThat(jdbc.queryForList("select action || ' ' || outcome from audit_entries where record_id = ? order by id",
				String.class, caseId.toString()))
			.containsExactly("vault.legal-hold-set success", "vault.case-shredded denied", "vault.legal-hold-lifted success",
					"vault.case-shredded success");
	}

	private String vault(String... args) {
		OperatorShell.Ran ran = OperatorShell.run(context, java.util.stream.Stream.concat(java.util.stream.Stream.of("vault"),
				java.util.Arrays.stream(args)).toArray(String[]::new));
		return ran.exit() + " " + ran.all().strip();
	}

}
