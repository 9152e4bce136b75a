import WebSocket from 'ws';

/**
 * Node's WebSocket (ws) as the browser's behaves: an error event nobody listens to is dropped, not
 * thrown (ws throws it, as any Node event emitter, when a socket is closed while connecting).
 */
export class BrowserSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}
