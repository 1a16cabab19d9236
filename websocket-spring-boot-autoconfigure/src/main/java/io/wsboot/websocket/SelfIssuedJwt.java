package io.wsboot.websocket;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javax.crypto.SecretKey;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * A JWT the client issues and signs itself, sent as {@code Authorization: Bearer <jwt>} (the
 * reference's {@code JwtIssuerConfig}). Each handshake, reconnects included, gets a fresh token:
 * new {@code iat}, {@code nbf}, {@code exp} and {@code jti}. Signs with Spring Security's
 * {@link JwtEncoder}, so it needs {@code spring-security-oauth2-jose} on the class path:
 *
 * <pre class="code">
 * ClientAuth jwt = SelfIssuedJwt.builder()
 *         .issuer("orders-app").subject("alice").audience("chat")
 *         .claim("scope", "read write")
 *         .signWith(keyPair)                 // RSA: RS256; EC: ES256/384/512; SecretKey: HMAC
 *         .build();
 * WsConnection connection = client.connect(url, client.options().auth(jwt).build());
 * </pre>
 *
 * <p>Immutable and thread safe. A failure to sign fails the connect attempt with
 * {@code AuthException("Failed to enrich request with JWT. <cause>")}.
 */
public final class SelfIssuedJwt implements ClientAuth {

	/** How long a token is valid unless told otherwise: 300 seconds, the reference's {@code expTime}. */
	public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(300);

	private static final String FAILURE = "Failed to enrich request with JWT. ";

	private final JwtEncoder encoder;

	private final @Nullable String issuer;

	private final @Nullable String subject;

	private final List<String> audience;

	private final Map<String, Object> claims;

	private final Duration lifetime;

	private SelfIssuedJwt(Builder builder, JwtEncoder encoder) {
		this.encoder = encoder;
		this.issuer = builder.issuer;
		this.subject = builder.subject;
		this.audience = List.copyOf(builder.audience);
		this.claims = Map.copyOf(builder.claims);
		this.lifetime = builder.lifetime;
	}

	/**
	 * A builder; one of its {@code signWith} or {@code encoder} methods must be called.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Issues and signs a new token.
	 * @return {@code Bearer <jwt>}
	 * @throws AuthException {@code "Failed to enrich request with JWT. <cause>"} when signing fails
	 */
	@Override
	public String authorization() {
		try {
			JwtEncoderParameters parameters = JwtEncoderParameters.from(claimsFrom(Instant.now()));
			return "Bearer " + this.encoder.encode(parameters).getTokenValue();
		}
		catch (RuntimeException ex) {
			throw new AuthException(FAILURE + ex.getMessage(), ex);
		}
	}

	private JwtClaimsSet claimsFrom(Instant now) {
		JwtClaimsSet.Builder set = JwtClaimsSet.builder();
		set.claims((all) -> all.putAll(this.claims));
		if (this.issuer != null) {
			set.issuer(this.issuer);
		}
		if (this.subject != null) {
			set.subject(this.subject);
		}
		if (!this.audience.isEmpty()) {
			set.audience(this.audience);
		}
		return set.issuedAt(now)
			.notBefore(now)
			.expiresAt(now.plus(this.lifetime))
			.id(UUID.randomUUID().toString())
			.build();
	}

	/**
	 * Builds a {@link SelfIssuedJwt}. Not thread safe.
	 */
	public static final class Builder {

		private @Nullable String issuer;

		private @Nullable String subject;

		private final List<String> audience = new ArrayList<>();

		private final Map<String, Object> claims = new LinkedHashMap<>();

		private Duration lifetime = DEFAULT_LIFETIME;

		private @Nullable String keyId;

		private @Nullable KeyPair keyPair;

		private @Nullable SecretKey secretKey;

		private @Nullable JwtEncoder encoder;

		private Builder() {
		}

		/**
		 * Sets the {@code iss} claim.
		 * @param issuer the issuer
		 * @return this builder
		 */
		public Builder issuer(String issuer) {
			this.issuer = issuer;
			return this;
		}

		/**
		 * Sets the {@code sub} claim (the reference's {@code username}).
		 * @param subject the subject
		 * @return this builder
		 */
		public Builder subject(String subject) {
			this.subject = subject;
			return this;
		}

		/**
		 * Sets the {@code aud} claim, replacing earlier audiences.
		 * @param audience one or more audiences
		 * @return this builder
		 */
		public Builder audience(String... audience) {
			this.audience.clear();
			this.audience.addAll(List.of(audience));
			return this;
		}

		/**
		 * Adds a claim (the reference's {@code customClaims}); the registered claims set by this
		 * builder ({@code iss}, {@code sub}, {@code aud}, {@code iat}, {@code nbf}, {@code exp},
		 * {@code jti}) win over a custom claim of the same name.
		 * @param name the claim's name
		 * @param value its value: a string, number, boolean, list or map
		 * @return this builder
		 */
		public Builder claim(String name, Object value) {
			this.claims.put(name, value);
			return this;
		}

		/**
		 * Sets how long each token is valid.
		 * @param lifetime a positive duration; {@link #DEFAULT_LIFETIME} when not set
		 * @return this builder
		 */
		public Builder lifetime(Duration lifetime) {
			if (lifetime.isNegative() || lifetime.isZero()) {
				throw new IllegalArgumentException("lifetime must be positive but was " + lifetime);
			}
			this.lifetime = lifetime;
			return this;
		}

		/**
		 * Sets the {@code kid} header of a key given to a {@code signWith} method (an encoder given to
		 * {@link #encoder} names its own keys).
		 * @param keyId the key id
		 * @return this builder
		 */
		public Builder keyId(String keyId) {
			this.keyId = keyId;
			return this;
		}

		/**
		 * Signs with a private key: RSA with RS256, EC with ES256, ES384 or ES512 by its curve.
		 * @param keyPair the key pair
		 * @return this builder
		 */
		public Builder signWith(KeyPair keyPair) {
			this.keyPair = keyPair;
			return this;
		}

		/**
		 * Signs with a shared secret: HMAC, HS256 for a 256-bit secret.
		 * @param secretKey the secret, at least 256 bits
		 * @return this builder
		 */
		public Builder signWith(SecretKey secretKey) {
			this.secretKey = secretKey;
			return this;
		}

		/**
		 * Signs with an encoder, for keys from a key store or a JWK source; the header (algorithm,
		 * {@code kid}) is the encoder's default.
		 * @param encoder the encoder
		 * @return this builder
		 */
		public Builder encoder(JwtEncoder encoder) {
			this.encoder = encoder;
			return this;
		}

		/**
		 * Builds the token source.
		 * @return the token source
		 * @throws IllegalStateException unless exactly one way to sign was given, or for a
		 * {@code keyId} beside an encoder
		 * @throws IllegalArgumentException for a key pair that is neither RSA nor EC
		 */
		public SelfIssuedJwt build() {
			int ways = ((this.keyPair != null) ? 1 : 0) + ((this.secretKey != null) ? 1 : 0)
					+ ((this.encoder != null) ? 1 : 0);
			if (ways != 1) {
				throw new IllegalStateException(
						"Exactly one of signWith(KeyPair), signWith(SecretKey) and encoder(JwtEncoder) must be set but "
								+ ways + " were");
			}
			if (this.encoder != null) {
				if (this.keyId != null) {
					throw new IllegalStateException("keyId goes with signWith; an encoder's keys carry their own kid");
				}
				return new SelfIssuedJwt(this, this.encoder);
			}
			JwtEncoder signer = (this.keyPair != null) ? fromKeyPair(this.keyPair)
					: fromSecret(Objects.requireNonNull(this.secretKey));
			return new SelfIssuedJwt(this, signer);
		}

		private JwtEncoder fromKeyPair(KeyPair keys) {
			if (keys.getPublic() instanceof RSAPublicKey rsa && keys.getPrivate() instanceof RSAPrivateKey key) {
				NimbusJwtEncoder.RsaKeyPairJwtEncoderBuilder builder = NimbusJwtEncoder.withKeyPair(rsa, key);
				if (this.keyId != null) {
					String kid = this.keyId;
					builder.jwkPostProcessor((jwk) -> jwk.keyID(kid));
				}
				return builder.build();
			}
			if (keys.getPublic() instanceof ECPublicKey ec && keys.getPrivate() instanceof ECPrivateKey key) {
				NimbusJwtEncoder.EcKeyPairJwtEncoderBuilder builder = NimbusJwtEncoder.withKeyPair(ec, key);
				if (this.keyId != null) {
					String kid = this.keyId;
					builder.jwkPostProcessor((jwk) -> jwk.keyID(kid));
				}
				return builder.build();
			}
			throw new IllegalArgumentException(
					"signWith(KeyPair) takes RSA or EC keys but got " + keys.getPublic().getAlgorithm());
		}

		private JwtEncoder fromSecret(SecretKey secret) {
			NimbusJwtEncoder.SecretKeyJwtEncoderBuilder builder = NimbusJwtEncoder.withSecretKey(secret);
			if (this.keyId != null) {
				String kid = this.keyId;
				builder.jwkPostProcessor((jwk) -> jwk.keyID(kid));
			}
			return builder.build();
		}

	}

}
