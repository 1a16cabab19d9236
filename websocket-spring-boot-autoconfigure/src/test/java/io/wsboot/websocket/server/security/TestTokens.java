package io.wsboot.websocket.server.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * JWTs signed in the test with an RSA key made for the run, and the decoders that trust it: the
 * resource server of the test application accepts exactly these tokens.
 */
final class TestTokens {

	private static final KeyPair KEYS = rsaKeyPair();

	private static final NimbusJwtEncoder ENCODER = new NimbusJwtEncoder(new ImmutableJWKSet<>(
			new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).privateKey((RSAPrivateKey) KEYS.getPrivate())
				.build())));

	private TestTokens() {
	}

	/**
	 * A signed token.
	 * @param subject its {@code sub}
	 * @param scope its {@code scope} claim, space-separated; empty for none
	 * @param lifetime from now to its {@code exp}; negative for one that has expired
	 * @return the compact JWT
	 */
	static String jwt(String subject, String scope, Duration lifetime) {
		Instant now = Instant.now();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer("https://issuer.test")
			.subject(subject)
			.issuedAt(now.minus(Duration.ofMinutes(10)))
			.expiresAt(now.plus(lifetime));
		if (!scope.isEmpty()) {
			claims.claim("scope", scope);
		}
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
		return ENCODER.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
	}

	static JwtDecoder decoder() {
		return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
	}

	static ReactiveJwtDecoder reactiveDecoder() {
		return NimbusReactiveJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
	}

	private static KeyPair rsaKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
