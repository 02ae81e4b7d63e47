// The cleaning worker: runs cleanPage off the main thread, one request at a time.
// electron-vite builds this file as its own entry, so it must stay self-contained apart from imports.
import { parentPort } from 'node:worker_threads';
import { fail } from '../../shared/result.ts';
import { cleanPage } from '../clean/clean-page.ts';
import type { CleanRequest, CleanResponse } from './clean-messages.ts';

const port = parentPort;
if (port === null) throw new Error('clean-worker must run in a worker thread');

port.on('message', (request: CleanRequest) => {
  let response: CleanResponse;
  try {
    response = {
      taskId: request.taskId,
      result: cleanPage({ bytes: request.bytes, fileName: request.fileName }, request.options),
    };
  } catch (error) {
    // A throw inside the cleaner is a bug, but it must cost one file, not the batch: it is
    // reported as that file's 'internal' failure with the message (and logged by the pool).
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    response = {
      taskId: request.taskId,
      result: fail('internal', `Cleaning ${request.fileName} threw: ${message}`),
    };
  }
  port.postMessage(response);
});
