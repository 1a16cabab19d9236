// The chat page: plain JavaScript, no build step. ?server=host:port connects to another server.
(function () {
    const $ = (id) => document.getElementById(id);
    let socket = null;

    function show(text, kind) {
        const item = document.createElement('li');
        item.textContent = text;
        if (kind) {
            item.className = kind;
        }
        $('log').appendChild(item);
        $('log').scrollTop = $('log').scrollHeight;
    }

    function status(text, kind) {
        $('status').textContent = text;
        $('status').className = kind || '';
    }

    function connected(open) {
        $('text').disabled = !open;
        $('send').disabled = !open;
        $('leave').disabled = !open;
        $('connect').disabled = open;
    }

    function onEvent(event) {
        switch (event.type) {
            case 'join': show(event.nick + ' joined', 'notice'); $('members').textContent = event.members.join(', '); break;
            case 'leave': show(event.nick + ' left', 'notice'); $('members').textContent = event.members.join(', '); break;
            case 'message': show(event.nick + ': ' + event.text); break;
            case 'nudge': show(event.text, 'notice'); break;
            case 'error': show(event.text, 'error'); break;
        }
    }

    $('join').addEventListener('submit', (e) => {
        e.preventDefault();
        const server = new URLSearchParams(location.search).get('server') || location.host;
        const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
        const url = scheme + '://' + server + '/ws/chat/' + encodeURIComponent($('room').value)
            + '?nick=' + encodeURIComponent($('nick').value);
        status('connecting');
        socket = new WebSocket(url);
        socket.onopen = () => { status('open', 'open'); connected(true); };
        socket.onmessage = (message) => onEvent(JSON.parse(message.data));
        socket.onclose = (close) => {
            status('closed (' + close.code + (close.reason ? ' ' + close.reason : '') + ')', 'closed');
            connected(false);
        };
    });

    $('leave').addEventListener('click', () => socket && socket.close(1000, 'bye'));

    $('say').addEventListener('submit', (e) => {
        e.preventDefault();
        if (socket && $('text').value) {
            socket.send(JSON.stringify({ text: $('text').value }));
            $('text').value = '';
        }
    });
}());
