// The cleaning worker: runs cleanPage off the main thread, one request at a time.
// electron-vite builds this file as its own entry, so it must stay self-contained apart from imports.
import { parentPort } from 'node:worker_threads';
import { fail, ok } from '../../shared/result.ts';
import { cleanPage } from '../clean/clean-page.ts';
import type {
  CleanRequest,
  CleanResponse,
  SuggestRequest,
  SuggestResponse,
  WorkerRequest,
} from './clean-messages.ts';

const port = parentPort;
if (port === null) throw new Error('clean-worker must run in a worker thread');

// The suggester (and its NLP library) loads on the first suggestion, so cleaning-only workers start fast.
let suggester: Promise<typeof import('../entities/suggest-entities.ts')> | null = null;

async function suggest(request: SuggestRequest): Promise<SuggestResponse> {
  try {
    const { suggestEntities } = await (suggester ??= import('../entities/suggest-entities.ts'));
    return { taskId: request.taskId, result: ok(suggestEntities(request.text, request.lang)) };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return {
      taskId: request.taskId,
      result: fail('internal', `Suggesting ${request.fileName} threw: ${message}`),
    };
  }
}

port.on('message', (message: WorkerRequest) => {
  if ('kind' in message) {
    void suggest(message).then((response) => {
      port.postMessage(response);
    });
    return;
  }
  const request: CleanRequest = message;
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
