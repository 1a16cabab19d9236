package io.wsboot.websocket.server;

import java.io.InputStream;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.DispatcherConfig;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.binding.PayloadBinder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The start-up rules for service methods, each with the message that names class and method.
 */
class ServiceInspectorTests {

	private static final String PREFIX = ServiceInspectorTests.class.getName() + "$";

	private final ServiceInspector inspector = new ServiceInspector(new PayloadBinder(new JsonMapper()),
			new TransportCapabilities("Tomcat", false));

	private final ServiceInspector pingingInspector = new ServiceInspector(new PayloadBinder(new JsonMapper()),
			new TransportCapabilities("Jetty", true));

	private void assertRejected(Class<?> service, String message) {
		assertThatExceptionOfType(InvalidServiceException.class).isThrownBy(() -> this.inspector.check(service))
			.withMessage(PREFIX + message);
	}

	@Test
	void acceptsEveryDocumentedSignature() {
		assertThatNoException().isThrownBy(() -> this.pingingInspector.check(Complete.class));
		ServiceModel model = this.pingingInspector.modelOf(Complete.class);
		assertThat(model.textMethod().name()).isEqualTo("onTextMessage");
		assertThat(model.binaryMethod().name()).isEqualTo("onBinaryMessage");
		assertThat(model.errorHandlerOf(model.textMethod()).name()).isEqualTo("onTextMessageError");
	}

	@Test
	void onMessageServesBothKinds() {
		ServiceModel model = this.inspector.modelOf(OnlyOnMessage.class);
		assertThat(model.textMethod()).isSameAs(model.binaryMethod());
	}

	@Test
	void rejectsOnMessageBesideOnTextMessage() {
		assertRejected(MessageAndText.class, "MessageAndText#onMessage(String): onMessage cannot be declared beside "
				+ "onTextMessage or onBinaryMessage; declare either onMessage or the type-specific methods");
	}

	@Test
	void rejectsAnOnCloseParameterOfAnotherType() {
		assertRejected(CloseWithDate.class,
				"CloseWithDate#onClose(Caller, Date): onClose accepts Caller, int and String; found Date at position 2");
	}

	@Test
	void rejectsAWrongReturnTypeOnOnClose() {
		assertRejected(CloseReturningString.class,
				"CloseReturningString#onClose(int): onClose must return void; found String");
	}

	@Test
	void rejectsAParameterNoMessageCanBeBoundTo() {
		assertRejected(UnbindableParameter.class,
				"UnbindableParameter#onTextMessage(Caller, InputStream): onTextMessage cannot bind a message to "
						+ "InputStream; use String, byte[], a primitive, an enum, a record or class, a collection, "
						+ "a map or JsonNode (position 2)");
	}

	@Test
	void rejectsTwoPayloadParameters() {
		assertRejected(TwoPayloads.class, "TwoPayloads#onTextMessage(String, Integer): onTextMessage accepts Caller "
				+ "and one message type; found a second Integer at position 2");
	}

	@Test
	void rejectsOverloads() {
		assertThatExceptionOfType(InvalidServiceException.class).isThrownBy(() -> this.inspector.check(Overloaded.class))
			.withMessageStartingWith(PREFIX + "Overloaded#onTextMessage(")
			.withMessageEndingWith("): onTextMessage is declared 2 times; methods are matched by name, so declare it once");
	}

	@Test
	void rejectsAnOnErrorParameterThatCannotHoldTheError() {
		assertRejected(ErrorWithWrongType.class, "ErrorWithWrongType#onError(IllegalStateException): onError accepts "
				+ "Caller and WebSocketException; found IllegalStateException at position 1");
	}

	@Test
	void rejectsOnIdleTimeoutReturningAMessage() {
		assertRejected(IdleReturningText.class,
				"IdleReturningText#onIdleTimeout(): onIdleTimeout must return void or CloseFrame; found String");
	}

	@Test
	void rejectsAsynchronousReturnTypes() {
		assertRejected(ReturnsFuture.class, "ReturnsFuture#onTextMessage(String): onTextMessage must return void or "
				+ "a message to send; found CompletableFuture");
	}

	@Test
	void rejectsOnPingWhereTheTransportAnswersPingsItself() {
		assertRejected(Pinged.class, "Pinged#onPing(byte[]): onPing is not supported on Tomcat, which answers pings "
				+ "itself and never passes them on; remove onPing (pings are answered automatically with the same "
				+ "payload) or run on a transport that delivers pings");
	}

	@Test
	void acceptsOnPingWhereTheTransportDeliversPings() {
		assertThatNoException().isThrownBy(() -> this.pingingInspector.check(Pinged.class));
	}

	@Test
	void rejectsAPingPayloadOtherThanBytes() {
		assertThatExceptionOfType(InvalidServiceException.class)
			.isThrownBy(() -> this.pingingInspector.check(PingWithString.class))
			.withMessage(PREFIX + "PingWithString#onPing(String): onPing accepts Caller and byte[]; found String at "
					+ "position 1");
	}

	@Test
	void rejectsDispatcherConfigOnALifecycleMethod() {
		assertRejected(AnnotatedLifecycle.class, "AnnotatedLifecycle#onTextMessage(String): @DispatcherConfig cannot "
				+ "be put on onTextMessage, which is called for its own event; put it on a custom method");
	}

	@Test
	void rejectsTwoMethodsForOneDispatcherValue() {
		assertThatExceptionOfType(InvalidServiceException.class)
			.isThrownBy(() -> this.inspector.check(DuplicateValue.class))
			.withMessageContaining(": dispatcher value 'onJoin' is already taken by ")
			.withMessageEndingWith("; give each method its own value");
	}

	@Test
	void customMethodsAreFoundByValueByNameAndByDerivedName() {
		ServiceModel model = this.inspector.modelOf(Custom.class);
		assertThat(model.customMethod("join").name()).isEqualTo("onJoin");
		assertThat(model.customMethod("onJoin").name()).isEqualTo("onJoin");
		assertThat(model.customMethod("leave").name()).isEqualTo("goodbye");
		assertThat(model.customMethod("goodbye")).isNull();
		assertThat(model.errorHandlerOf(model.customMethod("join")).name()).isEqualTo("onJoinError");
	}

	@Test
	void inspectsEachClassOnce() {
		assertThat(this.inspector.modelOf(OnlyOnMessage.class)).isSameAs(this.inspector.modelOf(OnlyOnMessage.class));
	}

	record Item(String name) {
	}

	public static class Complete implements Service {

		public void onOpen(Caller caller) {
		}

		public List<Item> onTextMessage(Caller caller, List<Item> items) {
			return items;
		}

		public void onTextMessageError(WebSocketException error, Caller caller) {
		}

		public byte[] onBinaryMessage(byte[] data, Caller caller) {
			return data;
		}

		public byte[] onPing(Caller caller, byte[] data) {
			return data;
		}

		public void onPong(byte[] data) {
		}

		public CloseFrame onIdleTimeout(Caller caller) {
			return CloseFrame.GOING_AWAY;
		}

		public void onClose(String reason, Caller caller, int status) {
		}

		public CloseFrame onError(Throwable error) {
			return null;
		}

	}

	public static class OnlyOnMessage implements Service {

		public void onMessage(Item item) {
		}

	}

	public static class MessageAndText implements Service {

		public void onMessage(String text) {
		}

		public void onTextMessage(String text) {
		}

	}

	public static class CloseWithDate implements Service {

		public void onClose(Caller caller, Date date) {
		}

	}

	public static class CloseReturningString implements Service {

		public String onClose(int status) {
			return "";
		}

	}

	public static class UnbindableParameter implements Service {

		public void onTextMessage(Caller caller, InputStream stream) {
		}

	}

	public static class TwoPayloads implements Service {

		public void onTextMessage(String text, Integer number) {
		}

	}

	public static class Overloaded implements Service {

		public void onTextMessage(String text) {
		}

		public void onTextMessage(Caller caller, String text) {
		}

	}

	public static class ErrorWithWrongType implements Service {

		public void onError(IllegalStateException error) {
		}

	}

	public static class IdleReturningText implements Service {

		public String onIdleTimeout() {
			return "";
		}

	}

	public static class ReturnsFuture implements Service {

		public CompletableFuture<String> onTextMessage(String text) {
			return null;
		}

	}

	public static class Pinged implements Service {

		public void onPing(byte[] data) {
		}

	}

	public static class AnnotatedLifecycle implements Service {

		@DispatcherConfig("text")
		public void onTextMessage(String text) {
		}

	}

	public static class DuplicateValue implements Service {

		public void onJoin(String text) {
		}

		@DispatcherConfig("onJoin")
		public void join(String text) {
		}

	}

	public static class Custom implements Service {

		public void onJoin(Item item) {
		}

		public void onJoinError(WebSocketException error) {
		}

		@DispatcherConfig("leave")
		public void goodbye() {
		}

	}

	public static class PingWithString implements Service {

		public void onPing(String data) {
		}

	}

}
