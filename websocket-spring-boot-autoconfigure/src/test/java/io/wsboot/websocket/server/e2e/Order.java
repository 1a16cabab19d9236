package io.wsboot.websocket.server.e2e;

record Order(String item, int quantity) {

}
