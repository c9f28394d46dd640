package org.vigil.cases.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export decrypt} opens a file someone hands the operator. Whatever the bytes, it answers
 * "not an export" or "wrong passphrase or changed" as an {@link IllegalArgumentException}, which
 * the command prints, and nothing else. (Each input that looks like an export costs one Argon2id
 * derivation, so the seed corpus stays small.)
 */
class ExportFileFuzzTests {

	@FuzzTest
	void anyFileIsOpenedOrRefusedWithAReason(byte[] file) {
		try {
			PassphraseEncryption.decrypt(file, "correct horse battery staple".toCharArray());
		}
		catch (IllegalArgumentException refused) {
			assertThat(refused.getMessage()).isNotBlank();
		}
	}

}
