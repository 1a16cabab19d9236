package io.wsboot.websocket.server.e2e;

record OrderAck(String item, int quantity, String status) {

}
