// Echo sweep with Node's ws library, run by IndependentClientTests.
// Usage: node echo-sweep.mjs URL COMPRESS SIZES. Sends each message of the sweep to the echo
// endpoint, one at a time, and prints one JSON line: the agreed extensions, how many were sent,
// what came back wrong.
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';

const [url, compress, sizeList] = process.argv.slice(2);
const sizes = sizeList.split(',').map(Number);
const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ';

function json(size) {
  let text = '[';
  for (let i = 0; text.length < size; i++) {
    text += '{"id":' + i + ',"name":"item ' + (i % 97) + '"},';
  }
  return text.substring(0, size);
}

const shapes = {
  'text, one repeated byte': (size) => 'b'.repeat(size),
  'text, random': (size) => Array.from(randomBytes(size), (b) => letters[b % letters.length]).join(''),
  'text, JSON': json,
  'text, three-byte characters': (size) => '\u20ac'.repeat(Math.floor(size / 3)) + 'a'.repeat(size % 3),
  'binary, one repeated byte': (size) => Buffer.alloc(size, 7),
  'binary, random': (size) => randomBytes(size),
};

const socket = new WebSocket(url, { perMessageDeflate: compress === 'true', maxPayload: 0 });
const wrong = [];
let sent = 0;
let pending = null;
socket.on('message', (data, isBinary) => pending({ data, isBinary }));
socket.on('error', (error) => {
  console.log(JSON.stringify({ failure: String(error) }));
  process.exit(1);
});
socket.on('open', async () => {
  for (const size of sizes) {
    for (const [shape, make] of Object.entries(shapes)) {
      const message = make(size);
      const echo = await new Promise((resolve) => {
        pending = resolve;
        socket.send(message);
      });
      sent++;
      const expected = (typeof message === 'string') ? Buffer.from(message, 'utf8') : message;
      if (echo.isBinary !== (typeof message !== 'string') || !expected.equals(echo.data)) {
        wrong.push(shape + ' of ' + size + ' bytes came back as ' + echo.data.length + ' bytes');
      }
    }
  }
  console.log(JSON.stringify({ extensions: socket.extensions, sent, wrong }));
  socket.close(1000);
});
