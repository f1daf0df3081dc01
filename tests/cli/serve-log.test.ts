// The serve command's access log is written in batches, not one write per request.
import { describe, expect, it, vi } from 'vitest';
import { batchedLines } from '../../src/cli/serve.js';

describe('batchedLines', () => {
  it('gathers lines into one write after the interval, and flush writes what is pending', () => {
    vi.useFakeTimers();
    try {
      const writes: string[] = [];
      const log = batchedLines((t) => writes.push(t), 100);
      log.line('GET / 200 1.0ms');
      log.line('POST /verify 200 2.0ms');
      expect(writes).toEqual([]);
      vi.advanceTimersByTime(100);
      expect(writes).toEqual(['GET / 200 1.0ms\nPOST /verify 200 2.0ms\n']);
      log.line('GET /healthz 200 0.1ms');
      log.flush();
      expect(writes.at(-1)).toBe('GET /healthz 200 0.1ms\n');
      log.flush();
      expect(writes.length).toBe(2); // nothing pending, nothing written
      vi.advanceTimersByTime(1000);
      expect(writes.length).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes at once when 64 KiB are pending', () => {
    const writes: string[] = [];
    const log = batchedLines((t) => writes.push(t), 60_000);
    const line = 'x'.repeat(1023);
    for (let i = 0; i < 64; i++) log.line(line);
    expect(writes.length).toBe(1);
    expect(writes[0]!.length).toBe(64 * 1024);
    log.flush();
  });
});
