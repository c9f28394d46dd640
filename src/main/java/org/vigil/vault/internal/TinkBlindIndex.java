package org.vigil.vault.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import org.springframework.stereotype.Component;
import org.vigil.platform.SecretFiles;
import org.vigil.platform.VigilProperties;
import org.vigil.vault.BlindIndex;
import org.vigil.vault.VaultException;

/**
 * HMAC-SHA256 (a Tink PRF) of each name variant, with a key in {@code <vigil.home>/keys/blind-index.json},
 * outside the database. Unlike the master key this key is never rotated: the tokens already
 * stored would stop matching. Losing it means recomputing every token from the decrypted names.
 */
@Component
class TinkBlindIndex implements BlindIndex {

	private static final String DOMAIN = "vigil-name/1|";

	private final PrfSet prf;

	TinkBlindIndex(VigilProperties vigil) throws GeneralSecurityException {
		PrfConfig.register();
		Path file = vigil.home().resolve("keys").resolve("blind-index.json");
		KeysetHandle keyset;
		if (Files.exists(file)) {
			keyset = TinkJsonProtoKeysetFormat.parseKeyset(SecretFiles.read(file), InsecureSecretKeyAccess.get());
		}
		else {
			keyset = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
			SecretFiles.writeOwnerOnly(file, TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
		}
		this.prf = keyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
	}

	@Override
	public List<String> of(String name) {
		return NameVariants.of(name).stream().map(this::token).distinct().toList();
	}

	private String token(String variant) {
		try {
			return HexFormat.of().formatHex(prf.computePrimary((DOMAIN + variant).getBytes(StandardCharsets.UTF_8), 32));
		}
		catch (GeneralSecurityException ex) {
			throw new VaultException("Could not compute a blind index token", ex);
		}
	}

}
