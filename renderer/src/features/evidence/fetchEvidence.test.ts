import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';
import {
  EvidenceFetchError,
  evidenceErrorMessage,
  fetchEvidence,
  problemForStatus,
} from './fetchEvidence';

function fakeFetch(response: Response | Error): typeof fetch {
  return () => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response));
}

function streamOf(chunks: Uint8Array[], failAtEnd = false): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (failAtEnd) controller.error(new Error('hash mismatch'));
      else controller.close();
    },
  });
}

describe('fetchEvidence', () => {
  it('returns the whole body', async () => {
    const body = streamOf([new Uint8Array([1, 2]), new Uint8Array([3])]);
    const result = await fetchEvidence('x', { fetchImpl: fakeFetch(new Response(body)) });
    expect([...result.bytes]).toEqual([1, 2, 3]);
    expect(result.truncated).toBe(false);
  });

  it('stops at maxBytes and says so', async () => {
    const body = streamOf([new Uint8Array(4).fill(7), new Uint8Array(4).fill(8)]);
    const result = await fetchEvidence('x', {
      maxBytes: 6,
      fetchImpl: fakeFetch(new Response(body)),
    });
    expect([...result.bytes]).toEqual([7, 7, 7, 7, 8, 8]);
    expect(result.truncated).toBe(true);
  });

  it('reports a body that fails while streaming as a changed file', async () => {
    const body = streamOf([new Uint8Array([1])], true);
    const error = await fetchEvidence('x', { fetchImpl: fakeFetch(new Response(body)) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EvidenceFetchError);
    expect(evidenceErrorMessage(error, 'fallback')).toBe(
      'This file has changed since it was received and cannot be shown.',
    );
  });

  it.each([
    [409, 'changed'],
    [404, 'missing'],
    [500, 'unreadable'],
  ])('maps HTTP %i to %s', async (status, problem) => {
    expect(problemForStatus(status)).toBe(problem);
    const error = await fetchEvidence('x', {
      fetchImpl: fakeFetch(new Response('no', { status })),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem });
  });

  it('reports a network failure as unreadable', async () => {
    const error = await fetchEvidence('x', { fetchImpl: fakeFetch(new TypeError('failed')) }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ problem: 'unreadable' });
  });

  it('uses the fallback message for other errors', () => {
    expect(evidenceErrorMessage(new Error('boom'), 'Could not render.')).toBe('Could not render.');
  });
});

describe('decodeText', () => {
  const encoder = new TextEncoder();

  it('decodes UTF-8, with or without BOM', () => {
    expect(decodeText(encoder.encode('Soudure à l’arc'))).toBe('Soudure à l’arc');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toBe('hi');
  });

  it('decodes UTF-16 with a BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00]))).toBe('hé');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9]))).toBe('hé');
  });

  it('falls back to windows-1252 for invalid UTF-8', () => {
    // (Node maps 0x80–0x9f as Latin-1; Chromium follows the Encoding standard.)
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe8]))).toBe('café è');
  });

  it('drops a character cut in half by truncation', () => {
    const bytes = encoder.encode('ok é');
    expect(decodeText(bytes.subarray(0, bytes.length - 1), true)).toBe('ok ');
  });
});
