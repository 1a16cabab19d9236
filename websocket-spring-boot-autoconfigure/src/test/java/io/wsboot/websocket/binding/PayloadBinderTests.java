package io.wsboot.websocket.binding;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.PayloadBindingException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PayloadBinderTests {

	private final PayloadBinder binder = new PayloadBinder(new JsonMapper());

	record Point(int x, int y) {
	}

	enum Size {

		SMALL, LARGE

	}

	@Test
	void textToStringIsRaw() {
		assertThat(this.binder.fromText("{not json", this.binder.typeOf(String.class))).isEqualTo("{not json");
	}

	@Test
	void bytesToBytesAreRawAndToStringDecoded() {
		byte[] data = "héllo".getBytes(StandardCharsets.UTF_8);
		assertThat(this.binder.fromBinary(data, this.binder.typeOf(byte[].class))).isSameAs(data);
		assertThat(this.binder.fromBinary(data, this.binder.typeOf(String.class))).isEqualTo("héllo");
	}

	@Test
	void recordsPrimitivesGenericsAndTreesFromJson() {
		assertThat(this.binder.fromText("{\"x\":1,\"y\":2}", this.binder.typeOf(Point.class))).isEqualTo(new Point(1, 2));
		assertThat(this.binder.fromText("7", this.binder.typeOf(int.class))).isEqualTo(7);
		assertThat(this.binder.fromText("[{\"x\":1,\"y\":2}]", this.binder.typeOf(new TypeReference<List<Point>>() {
		}.getType()))).isEqualTo(List.of(new Point(1, 2)));
		assertThat(this.binder.fromText("{\"a\":true}", this.binder.typeOf(Map.class))).isEqualTo(Map.of("a", true));
		assertThat(this.binder.fromText("{\"a\":1}", this.binder.typeOf(JsonNode.class))).isInstanceOf(JsonNode.class);
	}

	@Test
	void enumsFromJsonStringsOrBareNames() {
		PayloadType size = this.binder.typeOf(Size.class);
		assertThat(this.binder.fromText("\"LARGE\"", size)).isEqualTo(Size.LARGE);
		assertThat(this.binder.fromText("SMALL", size)).isEqualTo(Size.SMALL);
	}

	@Test
	void mismatchFailsWithTheReferencePrefix() {
		assertThatExceptionOfType(PayloadBindingException.class)
			.isThrownBy(() -> this.binder.fromText("\"seven\"", this.binder.typeOf(int.class)))
			.withMessageStartingWith("data binding failed: ");
	}

	@Test
	void nullIsNotBoundToARecordOrAPrimitive() {
		assertThatExceptionOfType(PayloadBindingException.class)
			.isThrownBy(() -> this.binder.fromText("null", this.binder.typeOf(Point.class)))
			.withMessage("data binding failed: null cannot be bound to Point");
		assertThatExceptionOfType(PayloadBindingException.class)
			.isThrownBy(() -> this.binder.fromText("null", this.binder.typeOf(int.class)));
	}

	@Test
	void typesNoPayloadCanBindToAreRefusedUpFront() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.binder.typeOf(Caller.class))
			.withMessageStartingWith("cannot bind a message to Caller");
		assertThatIllegalArgumentException().isThrownBy(() -> this.binder.typeOf(Runnable.class));
	}

	@Test
	void valuesAreWrittenAsJson() {
		assertThat(this.binder.toJson(new Point(3, 4))).isEqualTo("{\"x\":3,\"y\":4}");
	}

}
