// Run by EchoBrowserTests through ChromeDriver's executeAsyncScript: sends every message of the
// sweep to the echo endpoint, one at a time, and reports every echo that differs.
const [url, sizes, done] = arguments;

function repeated(size) {
  return 'b'.repeat(size);
}

function randomText(size) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ';
  const bytes = randomBytes(size);
  let text = '';
  for (let i = 0; i < size; i++) {
    text += letters[bytes[i] % letters.length];
  }
  return text;
}

function json(size) {
  let text = '[';
  for (let i = 0; text.length < size; i++) {
    text += '{"id":' + i + ',"name":"item ' + (i % 97) + '"},';
  }
  return text.substring(0, size);
}

function multiByte(size) {
  return '\u20ac'.repeat(Math.floor(size / 3)) + 'a'.repeat(size % 3);
}

function randomBytes(size) {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65536) {
    crypto.getRandomValues(bytes.subarray(offset, Math.min(size, offset + 65536)));
  }
  return bytes;
}

function sameBytes(a, b) {
  if (a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}

const shapes = {
  'text, one repeated byte': repeated,
  'text, random': randomText,
  'text, JSON': json,
  'text, three-byte characters': multiByte,
  'binary, one repeated byte': (size) => new Uint8Array(size).fill(7),
  'binary, random': randomBytes,
};

const socket = new WebSocket(url);
socket.binaryType = 'arraybuffer';
const wrong = [];
let sent = 0;
let pending = null;
socket.onmessage = (event) => pending(event.data);
socket.onclose = (event) => done({ extensions: socket.extensions, sent, wrong,
  failure: 'closed with ' + event.code + ' after ' + sent + ' messages' });
socket.onopen = async () => {
  for (const size of sizes) {
    for (const [shape, make] of Object.entries(shapes)) {
      const message = make(size);
      const echo = await new Promise((resolve) => {
        pending = resolve;
        socket.send(message);
      });
      sent++;
      const same = (typeof message === 'string') ? echo === message
        : (echo instanceof ArrayBuffer) && sameBytes(new Uint8Array(echo), message);
      if (!same) {
        const length = (typeof echo === 'string') ? new TextEncoder().encode(echo).length : echo.byteLength;
        wrong.push(shape + ' of ' + size + ' bytes came back as ' + length + ' bytes');
      }
    }
  }
  socket.onclose = null;
  socket.close(1000);
  done({ extensions: socket.extensions, sent, wrong, failure: null });
};
