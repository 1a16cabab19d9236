package io.wsboot.websocket.server.tomcat;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpUpgradeHandler;
import org.apache.tomcat.websocket.server.WsHttpUpgradeHandler;

/**
 * An upgrade request that hands Tomcat {@link InflateRepairingUpgradeHandler} when Tomcat asks to
 * upgrade to its {@link WsHttpUpgradeHandler}.
 */
final class InflateRepairingRequest extends HttpServletRequestWrapper {

	InflateRepairingRequest(HttpServletRequest request) {
		super(request);
	}

	@Override
	public <T extends HttpUpgradeHandler> T upgrade(Class<T> handlerClass) throws IOException, ServletException {
		if (handlerClass == WsHttpUpgradeHandler.class) {
			return handlerClass.cast(super.upgrade(InflateRepairingUpgradeHandler.class));
		}
		return super.upgrade(handlerClass);
	}

}
