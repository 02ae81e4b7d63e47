import type { ServerResponse } from 'node:http';
import type { ArchiveService } from '../shared/api.ts';

/** Streams archive events to one browser tab as Server-Sent Events until it disconnects. */
export function streamEvents(service: ArchiveService, response: ServerResponse): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const unsubscribe = service.onEvent((event) => {
    response.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  // A comment every 20 s keeps idle proxies and the browser from dropping the stream.
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 20_000);
  response.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}
