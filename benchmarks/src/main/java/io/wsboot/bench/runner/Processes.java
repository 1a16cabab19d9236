package io.wsboot.bench.runner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the JVMs of a run (servers and load generators) with one class path per engine, and reads
 * what the JDK's tools say about a running server's memory. Servers run on the JDK the run names
 * (by default the runner's own), load generators always on the runner's.
 */
final class Processes {

	private static final Pattern USED = Pattern.compile("used (\\d+)K");

	/** The flags of every server JVM, identical for all servers. */
	static final List<String> SERVER_FLAGS = List.of("-Xms256m", "-Xmx2g", "-XX:+UseG1GC");

	/** The flags of every load generator JVM. */
	static final List<String> CLIENT_FLAGS = List.of("-Xmx1g", "-XX:+UseG1GC");

	private final Path target;

	private final Path logs;

	private final ServerJava serverJava;

	/**
	 * @param target the benchmark module's build directory, {@code benchmarks/target}
	 * @param serverJava the JDK that runs the servers
	 */
	Processes(Path target, ServerJava serverJava) throws IOException {
		this.target = target;
		this.logs = Files.createDirectories(target.resolve("bench-logs"));
		this.serverJava = serverJava;
	}

	String classPath(String engine) throws IOException {
		return this.target.resolve("classes") + ":" + Files.readString(this.target.resolve("classpath-" + engine + ".txt")).trim();
	}

	/**
	 * Starts a server and waits until its port accepts connections.
	 * @param server which server
	 * @param port its port
	 * @param maxMessage the largest message of the run
	 * @return the running process
	 */
	Process startServer(Server server, int port, int maxMessage) throws IOException, InterruptedException {
		return startServer(server, port, maxMessage, Map.of());
	}

	/**
	 * Starts a Spring server with properties of the run and waits until its port accepts connections.
	 * @param server which server
	 * @param port its port
	 * @param maxMessage the largest message of the run
	 * @param properties Spring properties given as {@code --name=value} arguments after the server's own
	 * @return the running process
	 */
	Process startServer(Server server, int port, int maxMessage, Map<String, String> properties)
			throws IOException, InterruptedException {
		return startServer(server, log(server), port, maxMessage, properties);
	}

	/**
	 * Starts a Spring server as {@link #startServer(Server, int, int, Map)} does, writing to another log, for a
	 * second server of the same kind.
	 * @param log the file its output goes to
	 */
	Process startServer(Server server, Path log, int port, int maxMessage, Map<String, String> properties)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(this.serverJava.home())));
		command.addAll(SERVER_FLAGS);
		if (server.kind() == Server.Kind.QUARKUS) {
			command.addAll(server.command(port, maxMessage));
			command.add("-jar");
			command.add(new QuarkusApplication(this.target).jar().toString());
		}
		else {
			command.add("-cp");
			command.add(classPath(server.engine()));
			command.addAll(server.command(port, maxMessage));
		}
		properties.forEach((name, value) -> command.add("--" + name + "=" + value));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(server.label() + " exited at start-up; see " + this.logs);
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return process;
			}
			catch (IOException ex) {
				Thread.sleep(100);
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException(server.label() + " did not open port " + port + " within 90 s");
	}

	/** The JDK that runs the servers. */
	ServerJava serverJava() {
		return this.serverJava;
	}

	/**
	 * The file a server's output goes to; a server started again starts it afresh.
	 */
	Path log(Server server) {
		return log(server.name().toLowerCase());
	}

	/**
	 * The file a run's process writes to, by name.
	 */
	Path log(String name) {
		return this.logs.resolve(name + ".log");
	}

	static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(20, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	/**
	 * Starts a load generator or client benchmark JVM.
	 * @param mainClass its main class
	 * @param arguments its arguments
	 * @return the process, stdout readable, stdin writable
	 */
	Process startClient(String mainClass, List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(java(ServerJava.runner().home())));
		command.addAll(CLIENT_FLAGS);
		command.add("-cp");
		command.add(classPath("reactor-netty"));
		command.add(mainClass);
		command.addAll(arguments);
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(this.logs.resolve("clients.log").toFile()))
			.start();
	}

	/**
	 * Runs a client to its end and returns its {@code RESULT} lines.
	 * @throws IllegalStateException with the client's {@code FAILED} line when the run failed
	 */
	List<String> runClient(String mainClass, List<String> arguments, Duration timeout) throws IOException, InterruptedException {
		Process process = startClient(mainClass, arguments);
		process.getOutputStream().close();
		List<String> results = new ArrayList<>();
		String failure = null;
		try (BufferedReader out = reader(process)) {
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith("RESULT ")) {
					results.add(line);
				}
				else if (line.startsWith("FAILED")) {
					failure = line;
				}
			}
		}
		if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("client did not finish within " + timeout + ": " + arguments);
		}
		if (failure != null || results.isEmpty() || process.exitValue() != 0) {
			throw new IllegalStateException("run failed (" + arguments + "): "
					+ ((failure != null) ? failure : "exit " + process.exitValue() + ", no RESULT line"));
		}
		return results;
	}

	static BufferedReader reader(Process process) {
		return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
	}

	/**
	 * Reads a client's output up to the first line that starts with a prefix.
	 * @return that line
	 * @throws IllegalStateException with the client's {@code FAILED} line, or when its output ends first
	 */
	static String awaitLine(BufferedReader out, String prefix) throws IOException {
		String line;
		while ((line = out.readLine()) != null) {
			if (line.startsWith(prefix)) {
				return line;
			}
			if (line.startsWith("FAILED")) {
				throw new IllegalStateException(line);
			}
		}
		throw new IllegalStateException("the load generator ended before printing " + prefix);
	}

	static void send(Process process, String line) throws IOException {
		OutputStream in = process.getOutputStream();
		in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
		in.flush();
	}

	/**
	 * Heap in use after a full collection, from {@code jcmd}.
	 * @return bytes
	 */
	static long heapAfterGc(long pid) throws IOException, InterruptedException {
		jcmd(pid, "GC.run");
		jcmd(pid, "GC.run");
		String info = jcmd(pid, "GC.heap_info");
		Matcher used = USED.matcher(info);
		if (!used.find()) {
			throw new IllegalStateException("no heap figure in jcmd's answer: " + info);
		}
		return Long.parseLong(used.group(1)) * 1024;
	}

	/**
	 * Resident set size of a process, from {@code /proc}.
	 * @return bytes
	 */
	static long rss(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
			}
		}
		throw new IllegalStateException("no VmRSS for process " + pid);
	}

	private static String jcmd(long pid, String command) throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				String.valueOf(pid), command)
			.redirectErrorStream(true)
			.start();
		String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
			throw new IllegalStateException("jcmd " + command + " failed: " + output);
		}
		return output;
	}

	private static String java(Path home) {
		return home.resolve(Path.of("bin", "java")).toString();
	}

}
