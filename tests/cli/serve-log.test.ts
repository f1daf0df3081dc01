// The serve command's access log is written in batches, not one write per request.
import { describe, expect, it, vi } from 'vitest';
import { batchedLines, pipeSafe } from '../../src/cli/serve.js';

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

describe('pipeSafe (the workers of --workers share one stdout)', () => {
  it('cuts a batch at line ends into writes of at most 4,096 bytes, losing and reordering nothing', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `2026-01-01T00:00:00.000Z GET /é${'x'.repeat(i % 97)} 200 ${i}.0ms`);
    const text = lines.join('\n') + '\n';
    const writes: string[] = [];
    pipeSafe((t) => writes.push(t))(text);
    expect(writes.length).toBeGreaterThan(10);
    expect(writes.join('')).toBe(text);
    for (const w of writes) {
      expect(Buffer.byteLength(w)).toBeLessThanOrEqual(4096);
      expect(w.endsWith('\n')).toBe(true);
    }
  });

  it('writes a line longer than the limit whole, and a short text in one write', () => {
    const writes: string[] = [];
    const write = pipeSafe((t) => writes.push(t), 64);
    write(`${'a'.repeat(100)}\nshort\n`);
    expect(writes).toEqual([`${'a'.repeat(100)}\n`, 'short\n']);
    writes.length = 0;
    write('one\ntwo\n');
    expect(writes).toEqual(['one\ntwo\n']);
  });
});
