// A cleaning worker that never answers, to exercise the pool's per-file timeout.
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  // Deliberately no reply.
});
