package io.wsboot.websocket.client.auth;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.wsboot.websocket.AuthException;
import io.wsboot.websocket.ClientAuth;
import io.wsboot.websocket.SelfIssuedJwt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncodingException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link SelfIssuedJwt} on the auto-configured {@code WsClient} against wsboot's server, which
 * decodes what each handshake carried with the public key (or the shared secret): the claims set,
 * a fresh token per handshake, and signing failures as the reference's {@code AuthError} text.
 */
class SelfIssuedJwtTests extends AuthServerTests {

	private static KeyPair rsa;

	@BeforeAll
	static void generateKeys() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		rsa = generator.generateKeyPair();
	}

	private void connectOnce(String tag, ClientAuth auth) {
		connectOnce(tag, this.client.options().auth(auth).build());
	}

	private List<Jwt> decodedHandshakes(String tag, JwtDecoder decoder) {
		return this.handshakes.of(tag).stream().map((header) -> {
			assertThat(header).startsWith("Bearer ");
			return decoder.decode(header.substring("Bearer ".length()));
		}).toList();
	}

	@Test
	void eachHandshakeCarriesAFreshlySignedTokenWithTheConfiguredClaims() {
		SelfIssuedJwt jwt = SelfIssuedJwt.builder()
			.issuer("wsboot-tests")
			.subject("alice")
			.audience("chat", "orders")
			.keyId("key-1")
			.claim("scope", "read write")
			.signWith(rsa)
			.build();
		connectOnce("rsa", jwt);
		connectOnce("rsa", jwt);
		List<Jwt> tokens = decodedHandshakes("rsa",
				NimbusJwtDecoder.withPublicKey((RSAPublicKey) rsa.getPublic()).build());
		assertThat(tokens).hasSize(2).allSatisfy((token) -> {
			assertThat(token.getHeaders()).containsEntry("alg", "RS256").containsEntry("kid", "key-1");
			assertThat(token.getClaimAsString("iss")).isEqualTo("wsboot-tests");
			assertThat(token.getSubject()).isEqualTo("alice");
			assertThat(token.getAudience()).containsExactly("chat", "orders");
			assertThat(token.getClaimAsString("scope")).isEqualTo("read write");
			assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt()))
				.isEqualTo(SelfIssuedJwt.DEFAULT_LIFETIME);
			assertThat(token.getNotBefore()).isEqualTo(token.getIssuedAt());
		});
		assertThat(tokens.get(0).getTokenValue()).isNotEqualTo(tokens.get(1).getTokenValue());
		assertThat(tokens.get(0).getId()).isNotEqualTo(tokens.get(1).getId());
	}

	@Test
	void aSharedSecretSignsWithHmacForTheGivenLifetime() {
		SecretKey secret = new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(), "HmacSHA256");
		SelfIssuedJwt jwt = SelfIssuedJwt.builder()
			.subject("bob")
			.lifetime(Duration.ofSeconds(60))
			.signWith(secret)
			.build();
		connectOnce("hmac", jwt);
		Jwt token = decodedHandshakes("hmac", NimbusJwtDecoder.withSecretKey(secret).build()).get(0);
		assertThat(token.getHeaders()).containsEntry("alg", "HS256");
		assertThat(token.getSubject()).isEqualTo("bob");
		assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void anEcKeySignsWithTheAlgorithmOfItsCurve() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp384r1"));
		KeyPair ec = generator.generateKeyPair();
		connectOnce("ec", SelfIssuedJwt.builder().subject("erin").keyId("ec-1").signWith(ec).build());
		JWK publicKey = new ECKey.Builder(Curve.P_384, (ECPublicKey) ec.getPublic()).keyID("ec-1").build();
		JwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(new JWKSet(publicKey)))
			.jwsAlgorithm(SignatureAlgorithm.ES384)
			.build();
		Jwt token = decodedHandshakes("ec", decoder).get(0);
		assertThat(token.getHeaders()).containsEntry("alg", "ES384").containsEntry("kid", "ec-1");
		assertThat(token.getSubject()).isEqualTo("erin");
	}

	@Test
	void aFailingEncoderFailsTheConnectWithTheReferenceText() {
		JwtEncodingException failure = new JwtEncodingException("key store locked");
		SelfIssuedJwt jwt = SelfIssuedJwt.builder().subject("carol").encoder((parameters) -> {
			throw failure;
		}).build();
		assertThatExceptionOfType(AuthException.class).isThrownBy(() -> connectOnce("failing", jwt))
			.withMessage("Failed to enrich request with JWT. key store locked")
			.withCause(failure);
		assertThat(this.handshakes.of("failing")).isEmpty();
	}

	@Test
	void aBuilderWithoutExactlyOneWayToSignIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> SelfIssuedJwt.builder().subject("dave").build())
			.withMessage("Exactly one of signWith(KeyPair), signWith(SecretKey) and encoder(JwtEncoder) must be set "
					+ "but 0 were");
	}

}
