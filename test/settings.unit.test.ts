import { describe, expect, it } from 'vitest';
import { readSettings } from '../src/settings.ts';

function settings(inputs: Record<string, string>) {
  return readSettings(
    (name) => ({ file: 'a.csv', ...inputs })[name] ?? '',
    () => '',
  );
}

describe('readSettings', () => {
  it("reads the org's Genesys limits, with Genesys' defaults", () => {
    expect(settings({}).genesys.limits).toEqual({ maxRows: 5000, maxKeyLength: 256 });
    expect(settings({ 'genesys-max-rows': '20000', 'genesys-max-key-length': '300' }).genesys.limits).toEqual({
      maxRows: 20000,
      maxKeyLength: 300,
    });
    expect(() => settings({ 'genesys-max-rows': '5k' })).toThrow(
      'Input genesys-max-rows is "5k"; use a whole number of at least 1, like 5000',
    );
    expect(() => settings({ 'genesys-max-key-length': '0' })).toThrow('Input genesys-max-key-length is "0"');
  });

  it('takes plain http only for this machine: credentials never travel in clear', () => {
    expect(settings({ 'genesys-api-url': 'http://127.0.0.1:8080' }).genesys.apiUrl).toBe('http://127.0.0.1:8080');
    expect(settings({ 'genesys-api-url': 'http://localhost:8080' }).genesys.apiUrl).toBe('http://localhost:8080');
    expect(settings({ 'genesys-api-url': 'https://api.example.test' }).genesys.apiUrl).toBe('https://api.example.test');
    expect(() => settings({ 'genesys-login-url': 'http://login.example.test' })).toThrow(
      'Input genesys-login-url is "http://login.example.test"; use an https URL',
    );
    expect(() => settings({ 'dengage-api-url': 'ftp://x' })).toThrow('Input dengage-api-url');
  });
});
