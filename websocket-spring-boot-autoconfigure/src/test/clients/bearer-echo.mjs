// A browser's way to present a bearer token, with Node's ws library, run by BrowserBearerTokenTests.
// Usage: node bearer-echo.mjs URL TOKEN. Offers the sub-protocols "bearer" and the token, as
// `new WebSocket(url, ["bearer", token])` does in a browser (ws, like browsers, fails a handshake that
// agrees none of the offered protocols), sends one message and prints one JSON line: the agreed
// protocol and the reply, or the failure.
import WebSocket from 'ws';

const [url, token] = process.argv.slice(2);
const socket = new WebSocket(url, ['bearer', token]);
socket.on('error', (error) => {
  console.log(JSON.stringify({ failure: String(error) }));
  process.exit(0);
});
socket.on('open', () => socket.send('who am I?'));
socket.on('message', (data) => {
  console.log(JSON.stringify({ protocol: socket.protocol, reply: data.toString() }));
  socket.close(1000);
});
socket.on('close', () => process.exit(0));
