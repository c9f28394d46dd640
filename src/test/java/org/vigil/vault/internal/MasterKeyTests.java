package org.vigil.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.platform.VigilProperties;

class MasterKeyTests {

	@TempDir
	Path home;

	@Test
	void isCreatedOnFirstStartReadableByItsOwnerOnly() throws Exception {
		MasterKey key = new MasterKey(properties(null), new VigilProperties(home, ""));
		assertThat(key.file()).isEqualTo(home.resolve("keys/master-key.json"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.file()))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("keys")))).isEqualTo("rwx------");
	}

	@Test
	void isReadAgainOnTheNextStart() throws Exception {
		long first = new MasterKey(properties(null), new VigilProperties(home, "")).primaryKeyId();
		assertThat(new MasterKey(properties(null), new VigilProperties(home, "")).primaryKeyId()).isEqualTo(first);
	}

	@Test
	void anOperatorSuppliedFileIsUsedAndNothingIsCreatedInTheHome() throws Exception {
		Path elsewhere = Files.createDirectories(home.resolve("usb")).resolve("key.json");
		MasterKey created = new MasterKey(properties(null), new VigilProperties(home.resolve("other-home"), ""));
		Files.copy(created.file(), elsewhere);
		MasterKey supplied = new MasterKey(properties(elsewhere), new VigilProperties(home, ""));
		assertThat(supplied.primaryKeyId()).isEqualTo(created.primaryKeyId());
		assertThat(home.resolve("keys/master-key.json")).doesNotExist();
	}

	@Test
	void aMissingOperatorSuppliedFileStopsTheStartInsteadOfMakingANewKey() {
		assertThatThrownBy(() -> new MasterKey(properties(home.resolve("missing.json")), new VigilProperties(home, "")))
			.hasMessageContaining("does not exist");
		assertThat(home.resolve("keys/master-key.json")).doesNotExist();
	}

	@Test
	void rotationAddsANewPrimaryAndKeepsTheOldKey() throws Exception {
		MasterKey key = new MasterKey(properties(null), new VigilProperties(home, ""));
		long before = key.primaryKeyId();
		byte[] wrapped = key.aead().encrypt(new byte[] { 1, 2, 3 }, new byte[0]);
		key.rotate();
		assertThat(key.primaryKeyId()).isNotEqualTo(before);
		assertThat(key.aead().decrypt(wrapped, new byte[0])).containsExactly(1, 2, 3);
		MasterKey restarted = new MasterKey(properties(null), new VigilProperties(home, ""));
		assertThat(restarted.primaryKeyId()).isEqualTo(key.primaryKeyId());
		assertThat(restarted.aead().decrypt(wrapped, new byte[0])).containsExactly(1, 2, 3);
	}

	static VaultProperties properties(Path masterKeyFile) {
		return new VaultProperties(masterKeyFile, 1000, Duration.ofMinutes(5));
	}

}
