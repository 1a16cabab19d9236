package io.wsboot.websocket;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How {@link ConnectOptions} holds a {@link ClientAuth} or an OAuth2 registration: the one set last
 * wins, variants keep it, and the factories give the reference's header values.
 */
class ClientAuthOptionsTests {

	@Test
	void theFactoriesGiveTheHeaderValues() {
		assertThat(ClientAuth.basic("ann", "s3cret").authorization()).isEqualTo("Basic YW5uOnMzY3JldA==");
		assertThat(ClientAuth.basic("jörg", "pä:ss").authorization()).isEqualTo("Basic asO2cmc6cMOkOnNz");
		assertThat(ClientAuth.bearer("t0ken").authorization()).isEqualTo("Bearer t0ken");
		assertThat(ClientAuth.bearer(() -> "fresh").authorization()).isEqualTo("Bearer fresh");
	}

	@Test
	void aSupplierThatGivesNoTokenFailsWithTheReferenceText() {
		ClientAuth blank = ClientAuth.bearer(() -> " ");
		assertThatExceptionOfType(AuthException.class)
			.isThrownBy(blank::authorization)
			.withMessage("Failed to enrich request with Bearer token. The token supplier gave no token");
	}

	@Test
	void theAuthOrOAuth2SetLastWins() {
		ConnectOptions oauth2 = ConnectOptions.builder().bearerToken("t").oauth2("partner").build();
		assertThat(oauth2.auth()).isNull();
		assertThat(oauth2.oauth2Registration()).isEqualTo("partner");
		ConnectOptions basic = oauth2.toBuilder().basicAuth("ann", "s3cret").build();
		assertThat(basic.oauth2Registration()).isNull();
		assertThat(basic.auth().authorization()).isEqualTo("Basic YW5uOnMzY3JldA==");
		assertThat(ConnectOptions.builder().bearerToken("t").auth(null).build().auth()).isNull();
	}

	@Test
	void variantsKeepTheAuthAndHeadersStayAsGiven() {
		ConnectOptions options = ConnectOptions.builder()
			.header("Authorization", "Bearer stale")
			.oauth2("partner")
			.build();
		ConnectOptions variant = options.toBuilder().subProtocols("chat").build();
		assertThat(variant.oauth2Registration()).isEqualTo("partner");
		assertThat(variant.headers()).containsEntry("Authorization", List.of("Bearer stale"));
	}

	@Test
	void aBlankRegistrationIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectOptions.builder().oauth2(" "))
			.withMessage("registrationId must not be blank");
	}

}
