package org.motcua.documents.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The signing keys of the issuing units: one PKCS#12 file per unit, {@code <keysDir>/<unit code>.p12}, opened with
 * the unit's password (or the common one). Where self-signing is allowed (the demo), a unit without a file gets a
 * self-signed certificate on first use, written atomically so two instances never see half a key store.
 */
public final class UnitKeys {

	/** A unit's private key and certificate chain. */
	public record UnitKey(String unitCode, PrivateKey privateKey, X509Certificate[] chain) {

		public X509Certificate certificate() {
			return chain[0];
		}
	}

	private final Path keysDir;
	private final Function<String, char @Nullable []> passwords;
	private final boolean selfSign;
	private final Map<String, UnitKey> cache = new ConcurrentHashMap<>();

	/**
	 * @param passwords the password of a unit's key store, or null when none is configured
	 * @param selfSign whether to create a self-signed certificate for a unit without a key store (demo only)
	 */
	public UnitKeys(Path keysDir, Function<String, char @Nullable []> passwords, boolean selfSign) {
		this.keysDir = keysDir;
		this.passwords = passwords;
		this.selfSign = selfSign;
	}

	public Path keyStorePath(String unitCode) {
		return keysDir.resolve(unitCode + ".p12");
	}

	/** The unit's key, or empty when it has neither a key store nor the right to a self-signed one. */
	public Optional<UnitKey> forUnit(String unitCode, String unitName) {
		UnitKey cached = cache.get(unitCode);
		if (cached != null) {
			return Optional.of(cached);
		}
		synchronized (this) {
			Path file = keyStorePath(unitCode);
			char[] password = passwords.apply(unitCode);
			if (!Files.isRegularFile(file)) {
				if (!selfSign || password == null) {
					return Optional.empty();
				}
				createSelfSigned(file, password, unitName);
			}
			if (password == null) {
				throw new IllegalStateException("No password configured for the key store " + file);
			}
			UnitKey key = load(unitCode, file, password);
			cache.put(unitCode, key);
			return Optional.of(key);
		}
	}

	private static UnitKey load(String unitCode, Path file, char[] password) {
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			for (String alias : java.util.Collections.list(store.aliases())) {
				if (store.isKeyEntry(alias)) {
					PrivateKey key = (PrivateKey) store.getKey(alias, password);
					Certificate[] chain = store.getCertificateChain(alias);
					X509Certificate[] x509 = new X509Certificate[chain.length];
					for (int i = 0; i < chain.length; i++) {
						x509[i] = (X509Certificate) chain[i];
					}
					return new UnitKey(unitCode, key, x509);
				}
			}
			throw new IllegalStateException("The key store " + file + " holds no private key");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the key store " + file, ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot open the key store " + file + ": " + ex.getMessage(), ex);
		}
	}

	static void createSelfSigned(Path file, char[] password, String unitName) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048, new SecureRandom());
			KeyPair pair = generator.generateKeyPair();
			X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, unitName + " (demo)")
				.addRDN(BCStyle.O, "MotCua demo, not a real certificate").addRDN(BCStyle.C, "VN").build();
			Instant now = Instant.now();
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
					new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
					Date.from(now.plus(Duration.ofDays(5 * 365))), subject, pair.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("signing", pair.getPrivate(), password, new Certificate[] { certificate });
			Files.createDirectories(file.getParent());
			Path tmp = Files.createTempFile(file.getParent(), ".unit-", ".p12.tmp");
			try (OutputStream out = Files.newOutputStream(tmp)) {
				store.store(out, password);
			}
			Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException("Cannot create a self-signed certificate", ex);
		}
	}
}
