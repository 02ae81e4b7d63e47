import { describe, expect, it } from 'vitest';
import { requestSequence } from '../../../renderer/hooks/request-sequence.ts';

/** A promise resolved by hand, to make answers arrive in any order. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Applies answers the way the reader's hooks do: only the newest request's answer lands. */
function follower() {
  const sequence = requestSequence();
  const applied: string[] = [];
  const request = (answer: Promise<string>) => {
    const n = sequence.start();
    return answer.then((value) => {
      if (sequence.isLatest(n)) applied.push(value);
    });
  };
  return { sequence, applied, request };
}

describe('request sequence', () => {
  it('drops a slower earlier answer that resolves after a newer one', async () => {
    const { applied, request } = follower();
    const slow = deferred<string>();
    const fast = deferred<string>();
    const first = request(slow.promise);
    const second = request(fast.promise);

    fast.resolve('restored');
    await second;
    slow.resolve('stale');
    await first;

    expect(applied).toEqual(['restored']);
  });

  it('applies answers that arrive in order, one request at a time', async () => {
    const { applied, request } = follower();
    await request(Promise.resolve('one'));
    await request(Promise.resolve('two'));

    expect(applied).toEqual(['one', 'two']);
  });

  it('drops an answer to a request superseded before it resolved', async () => {
    const { applied, request, sequence } = follower();
    const answer = deferred<string>();
    const pending = request(answer.promise);

    sequence.supersede();
    answer.resolve('for the previous article');
    await pending;

    expect(applied).toEqual([]);
  });
});
