import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine. The e2e files spend part of
    // their time on loopback servers and child processes, so a third worker fills those gaps (test/e2e on 2 cores:
    // 84 s with one worker, 55 s with three).
    maxWorkers: 3,
  },
});
