package io.wsboot.websocket.server.tomcat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import jakarta.websocket.Extension;
import org.apache.tomcat.websocket.MessagePart;
import org.apache.tomcat.websocket.PerMessageDeflate;
import org.apache.tomcat.websocket.Transformation;
import org.apache.tomcat.websocket.TransformationResult;

/**
 * The receiving half of permessage-deflate (RFC 7692) for Tomcat, in front of Tomcat's own
 * {@link PerMessageDeflate}, which keeps negotiating and compressing what is sent.
 * <p>
 * Tomcat's inflater ends a frame as soon as its input is used up, even when the inflater still
 * holds output that did not fit the message buffer: the end of a highly compressible message is
 * lost. This one drains the inflater before it reports the end of a frame, and refuses RSV1 on
 * continuation and control frames.
 */
final class PerMessageInflater implements Transformation {

	private static final int RSV1 = 0b100;

	/** The empty stored block a sender strips from the end of each message (RFC 7692 §7.2.1). */
	private static final byte[] TAIL = { 0, 0, (byte) 0xFF, (byte) 0xFF };

	private static final int CONTINUATION = 0;

	private static final String CLIENT_NO_CONTEXT_TAKEOVER = "client_no_context_takeover";

	private final Transformation deflate;

	private final boolean resetAfterMessage;

	private final Inflater inflater = new Inflater(true);

	/** Compressed bytes of the current frame, read from the next transformation. */
	private final ByteBuffer input = ByteBuffer.allocate(8192);

	private Transformation next;

	/** Whether the message being received is compressed; set by its first frame. */
	private boolean compressed;

	/** Whether the next transformation has delivered the whole payload of the current frame. */
	private boolean frameRead;

	/** Whether the tail has been given to the inflater at the end of the current message. */
	private boolean tailGiven;

	private PerMessageInflater(Transformation deflate) {
		this.deflate = deflate;
		this.resetAfterMessage = deflate.getExtensionResponse()
			.getParameters()
			.stream()
			.anyMatch((parameter) -> CLIENT_NO_CONTEXT_TAKEOVER.equals(parameter.getName()));
	}

	/**
	 * Puts an inflater in front of the transformation Tomcat negotiated, when that is its
	 * permessage-deflate alone.
	 * @param negotiated the negotiated transformation
	 * @param extensions the negotiated extensions
	 * @return the transformation to use
	 */
	static Transformation around(Transformation negotiated, List<Extension> extensions) {
		boolean deflateAlone = negotiated instanceof PerMessageDeflate && extensions.size() == 1;
		return deflateAlone ? new PerMessageInflater(negotiated) : negotiated;
	}

	@Override
	public TransformationResult getMoreData(byte opCode, boolean fin, int rsv, ByteBuffer dest) throws IOException {
		if (isControl(opCode)) {
			return this.next.getMoreData(opCode, fin, rsv, dest);
		}
		if (opCode != CONTINUATION) {
			this.compressed = (rsv & RSV1) != 0;
		}
		if (!this.compressed) {
			return this.next.getMoreData(opCode, fin, rsv, dest);
		}
		while (dest.hasRemaining()) {
			if (inflateInto(dest) > 0) {
				continue;
			}
			if (this.inflater.finished() || this.inflater.needsInput()) {
				if (!this.frameRead) {
					if (!readFrame(opCode, fin, rsv)) {
						return TransformationResult.UNDERFLOW;
					}
				}
				else if (fin && !this.tailGiven && !this.inflater.finished()) {
					this.inflater.setInput(TAIL);
					this.tailGiven = true;
				}
				else {
					endFrame(fin);
					return TransformationResult.END_OF_FRAME;
				}
			}
			else {
				throw new IOException("Compressed message asks for a preset dictionary");
			}
		}
		return TransformationResult.OVERFLOW;
	}

	/**
	 * Reads more of the frame's compressed payload into the inflater; after a final deflate block,
	 * what is left of the payload is read and dropped.
	 * @return whether the frame's payload moved on: {@code false} when more has to arrive first
	 */
	private boolean readFrame(byte opCode, boolean fin, int rsv) throws IOException {
		this.input.clear();
		TransformationResult result = this.next.getMoreData(opCode, fin, rsv & ~RSV1, this.input);
		this.frameRead = result == TransformationResult.END_OF_FRAME;
		if (this.input.position() > 0 && !this.inflater.finished()) {
			this.inflater.setInput(this.input.array(), this.input.arrayOffset(), this.input.position());
		}
		return this.frameRead || this.input.position() > 0;
	}

	private int inflateInto(ByteBuffer dest) throws IOException {
		try {
			int written = this.inflater.inflate(dest.array(), dest.arrayOffset() + dest.position(), dest.remaining());
			dest.position(dest.position() + written);
			return written;
		}
		catch (DataFormatException ex) {
			throw new IOException("Compressed message is not valid deflate data: " + ex.getMessage(), ex);
		}
		catch (NullPointerException | IllegalStateException ex) {
			throw new IOException("Inflater already closed", ex);
		}
	}

	private void endFrame(boolean fin) {
		this.frameRead = false;
		if (fin) {
			this.tailGiven = false;
			if (this.resetAfterMessage || this.inflater.finished()) {
				this.inflater.reset();
			}
		}
	}

	/** RSV1 marks the first frame of a compressed data message, and nothing else. */
	@Override
	public boolean validateRsv(int rsv, byte opCode) {
		boolean rsv1 = (rsv & RSV1) != 0;
		if (rsv1 && (isControl(opCode) || opCode == CONTINUATION)) {
			return false;
		}
		return this.next.validateRsv(rsv & ~RSV1, opCode);
	}

	@Override
	public boolean validateRsvBits(int bits) {
		return this.deflate.validateRsvBits(bits);
	}

	@Override
	public Extension getExtensionResponse() {
		return this.deflate.getExtensionResponse();
	}

	@Override
	public void setNext(Transformation transformation) {
		if (this.next == null) {
			this.next = transformation;
		}
		else {
			this.next.setNext(transformation);
		}
		this.deflate.setNext(transformation);
	}

	@Override
	public List<MessagePart> sendMessagePart(List<MessagePart> parts) throws IOException {
		return this.deflate.sendMessagePart(parts);
	}

	@Override
	public void close() {
		this.deflate.close();
		this.inflater.end();
	}

	private static boolean isControl(byte opCode) {
		return (opCode & 0x08) != 0;
	}

}
