/**
 * The Tomcat adapter: Spring's standard upgrade on Tomcat, with wsboot's own inflater for
 * permessage-deflate in place of Tomcat's, whose inbound path loses the end of highly compressible
 * messages.
 */
@NullMarked
package io.wsboot.websocket.server.tomcat;

import org.jspecify.annotations.NullMarked;
