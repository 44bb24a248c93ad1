import { describe, expect, it } from 'vitest';
import { isLoopback, requireSecureUrl } from '../../src/providers/http.ts';

describe('requireSecureUrl', () => {
  it('takes https anywhere and plain http only on this machine', () => {
    for (const url of [
      'https://storage.example/u?sig=1',
      'http://127.0.0.1:9/x',
      'http://localhost/x',
      'http://[::1]:8/x',
    ]) {
      expect(() => requireSecureUrl(url, 'the upload URL')).not.toThrow();
    }
    expect(() => requireSecureUrl('http://storage.example/u?sig=secret', 'the upload URL')).toThrow(
      'the upload URL (http://storage.example/u) is not https; refusing to send anything there',
    );
    expect(() => requireSecureUrl('ftp://x/y', 'the upload URL')).toThrow('is not https');
    expect(isLoopback(new URL('http://127.10.0.1/'))).toBe(true);
    expect(isLoopback(new URL('http://127.0.0.1.evil.example/'))).toBe(false);
  });
});
