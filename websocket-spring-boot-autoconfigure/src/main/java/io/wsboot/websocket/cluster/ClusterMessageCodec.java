package io.wsboot.websocket.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.wsboot.websocket.server.ConnectionSelector;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * Writes a {@link ClusterMessage} as bytes and reads it back: a version byte, the sender, the
 * selector (a kind byte and its strings; an attribute value with a type tag) and the payload (a type
 * tag, {@code t} text or {@code b} binary, its length and its bytes). Stateless and thread safe.
 */
public final class ClusterMessageCodec {

	private static final int VERSION = 1;

	private final @Nullable ClassLoader classLoader;

	/**
	 * Creates a codec.
	 * @param classLoader loads the enum types of attribute values that arrive
	 */
	public ClusterMessageCodec(@Nullable ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Whether other instances can compare an attribute value: {@code null}, a {@code String},
	 * {@code Integer}, {@code Long}, {@code Boolean} or an enum.
	 * @param value the value
	 * @return whether it can travel
	 */
	public static boolean isPortable(@Nullable Object value) {
		return value == null || value instanceof String || value instanceof Integer || value instanceof Long
				|| value instanceof Boolean || value instanceof Enum<?>;
	}

	/**
	 * Writes a message.
	 * @param message the message, whose attribute value (if any) is portable
	 * @return its bytes
	 */
	public byte[] encode(ClusterMessage message) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(VERSION);
			out.writeUTF(message.sender());
			writeSelector(out, message.selector());
			byte[] payload = (message.payload() instanceof String text) ? text.getBytes(StandardCharsets.UTF_8)
					: (byte[]) message.payload();
			out.writeByte((message.payload() instanceof String) ? 't' : 'b');
			out.writeInt(payload.length);
			out.write(payload);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Reads a message.
	 * @param bytes what {@link #encode} wrote
	 * @return the message
	 * @throws IllegalArgumentException when the bytes are not a message of this version
	 */
	public ClusterMessage decode(byte[] bytes) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			int version = in.readUnsignedByte();
			if (version != VERSION) {
				throw new IllegalArgumentException("Expected a cluster message of version " + VERSION + " but was " + version);
			}
			String sender = in.readUTF();
			ConnectionSelector selector = readSelector(in);
			int kind = in.readUnsignedByte();
			byte[] payload = new byte[in.readInt()];
			in.readFully(payload);
			return switch (kind) {
				case 't' -> new ClusterMessage(sender, selector, new String(payload, StandardCharsets.UTF_8));
				case 'b' -> new ClusterMessage(sender, selector, payload);
				default -> throw new IllegalArgumentException("Unknown payload type " + kind);
			};
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Not a cluster message: " + ex, ex);
		}
	}

	private static void writeSelector(DataOutputStream out, ConnectionSelector selector) throws IOException {
		if (selector instanceof ConnectionSelector.Endpoint endpoint) {
			out.writeByte('e');
			out.writeUTF(endpoint.path());
		}
		else if (selector instanceof ConnectionSelector.PathVariable variable) {
			out.writeByte('p');
			out.writeUTF(variable.name());
			out.writeUTF(variable.value());
		}
		else if (selector instanceof ConnectionSelector.Attribute attribute) {
			out.writeByte('r');
			out.writeUTF(attribute.name());
			writeValue(out, attribute.value());
		}
		else if (selector instanceof ConnectionSelector.User user) {
			out.writeByte('u');
			out.writeUTF(user.name());
		}
		else if (selector instanceof ConnectionSelector.Id id) {
			out.writeByte('i');
			out.writeUTF(id.id());
		}
		else {
			out.writeByte('a');
		}
	}

	private ConnectionSelector readSelector(DataInputStream in) throws IOException {
		int kind = in.readUnsignedByte();
		return switch (kind) {
			case 'a' -> new ConnectionSelector.All();
			case 'e' -> new ConnectionSelector.Endpoint(in.readUTF());
			case 'p' -> new ConnectionSelector.PathVariable(in.readUTF(), in.readUTF());
			case 'r' -> new ConnectionSelector.Attribute(in.readUTF(), readValue(in));
			case 'u' -> new ConnectionSelector.User(in.readUTF());
			case 'i' -> new ConnectionSelector.Id(in.readUTF());
			default -> throw new IllegalArgumentException("Unknown selector " + kind);
		};
	}

	private static void writeValue(DataOutputStream out, @Nullable Object value) throws IOException {
		if (value == null) {
			out.writeByte('n');
		}
		else if (value instanceof String text) {
			out.writeByte('s');
			out.writeUTF(text);
		}
		else if (value instanceof Integer number) {
			out.writeByte('i');
			out.writeInt(number);
		}
		else if (value instanceof Long number) {
			out.writeByte('l');
			out.writeLong(number);
		}
		else if (value instanceof Boolean flag) {
			out.writeByte('b');
			out.writeBoolean(flag);
		}
		else if (value instanceof Enum<?> constant) {
			out.writeByte('e');
			out.writeUTF(constant.getDeclaringClass().getName());
			out.writeUTF(constant.name());
		}
		else {
			throw new IllegalArgumentException("Not a portable attribute value: " + value.getClass().getName());
		}
	}

	private @Nullable Object readValue(DataInputStream in) throws IOException {
		int tag = in.readUnsignedByte();
		return switch (tag) {
			case 'n' -> null;
			case 's' -> in.readUTF();
			case 'i' -> in.readInt();
			case 'l' -> in.readLong();
			case 'b' -> in.readBoolean();
			case 'e' -> enumConstant(in.readUTF(), in.readUTF());
			default -> throw new IllegalArgumentException("Unknown attribute value type " + tag);
		};
	}

	/** An enum constant this application knows, or its name when the type is not here (it then matches nothing). */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private Object enumConstant(String type, String name) {
		try {
			Class<?> enumType = ClassUtils.forName(type, this.classLoader);
			return Enum.valueOf((Class) enumType, name);
		}
		catch (ClassNotFoundException | IllegalArgumentException | LinkageError ex) {
			return type + "." + name;
		}
	}

}
