package io.wsboot.websocket.server.e2e;

/**
 * The servlet container this run of the end-to-end suite uses, from the {@code wsboot.container}
 * system property that the build sets per run.
 */
public enum Container {

	TOMCAT, JETTY;

	public static Container current() {
		return "jetty".equals(System.getProperty("wsboot.container")) ? JETTY : TOMCAT;
	}

}
