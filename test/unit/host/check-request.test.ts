import { describe, expect, it } from 'vitest';
import { checkHostAndOrigin, isTokenValid } from '../../../main/host/check-request.ts';

describe('checkHostAndOrigin', () => {
  it('accepts the loopback host it is bound to, with or without a same-origin Origin', () => {
    expect(checkHostAndOrigin({ host: '127.0.0.1:4000' }, 4000)).toBeNull();
    expect(checkHostAndOrigin({ host: 'localhost:4000', origin: 'http://localhost:4000' }, 4000)).toBeNull();
  });

  it('refuses a rebound domain name even when it resolves to loopback', () => {
    expect(checkHostAndOrigin({ host: 'evil.example:4000' }, 4000)?.status).toBe(403);
  });

  it('refuses another port, a missing Host and a cross-site Origin', () => {
    expect(checkHostAndOrigin({ host: '127.0.0.1:4001' }, 4000)).not.toBeNull();
    expect(checkHostAndOrigin({}, 4000)).not.toBeNull();
    expect(checkHostAndOrigin({ host: '127.0.0.1:4000', origin: 'https://evil.example' }, 4000)?.status).toBe(
      403,
    );
    expect(checkHostAndOrigin({ host: '127.0.0.1:4000', origin: 'null' }, 4000)?.status).toBe(403);
  });
});

describe('isTokenValid', () => {
  it('accepts only the exact token', () => {
    expect(isTokenValid('abc123', 'abc123')).toBe(true);
    expect(isTokenValid('abc124', 'abc123')).toBe(false);
    expect(isTokenValid('abc', 'abc123')).toBe(false);
    expect(isTokenValid(null, 'abc123')).toBe(false);
  });
});
