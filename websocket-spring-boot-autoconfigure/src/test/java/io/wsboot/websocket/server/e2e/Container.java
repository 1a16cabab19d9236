package io.wsboot.websocket.server.e2e;

/**
 * The server this run of the end-to-end suite uses, from the {@code wsboot.container} system
 * property that the build sets per run.
 */
public enum Container {

	TOMCAT, JETTY, REACTOR_NETTY;

	public static Container current() {
		return switch (System.getProperty("wsboot.container", "tomcat")) {
			case "jetty" -> JETTY;
			case "reactor-netty" -> REACTOR_NETTY;
			default -> TOMCAT;
		};
	}

}
