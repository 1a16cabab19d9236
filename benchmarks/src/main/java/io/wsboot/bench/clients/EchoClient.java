package io.wsboot.bench.clients;

/**
 * One connection of a client under comparison, reduced to what the benchmark needs: send a text,
 * take the next echo (blocking), close.
 */
interface EchoClient extends AutoCloseable {

	void send(String text) throws Exception;

	String next() throws Exception;

	@Override
	void close() throws Exception;

}
