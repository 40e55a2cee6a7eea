import type { IncomingMessage } from 'node:http';

export type BodyOutcome =
  { kind: 'read'; text: string } | { kind: 'too_large'; sizeBytes: number } | { kind: 'not_utf8' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a request body of at most `limitBytes`. A larger one is read to its end and dropped, not cut off:
 * closing a socket the client is still writing to resets the connection, and the client would never see the
 * 413 (the browser reported "host not answering" instead). Dropped bytes are not kept, and the host's request
 * timeout bounds how long a client may keep sending them.
 */
export const readBody = (request: IncomingMessage, limitBytes: number): Promise<BodyOutcome> =>
  new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    let size = 0;
    let over = Number.isFinite(declared) && declared > limitBytes;
    let chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (!over && size > limitBytes) {
        over = true;
        chunks = [];
      }
      if (!over) chunks.push(chunk);
    });
    request.on('end', () => {
      if (over) return resolve({ kind: 'too_large', sizeBytes: Math.max(size, declared || 0) });
      try {
        resolve({ kind: 'read', text: utf8.decode(Buffer.concat(chunks)) });
      } catch {
        resolve({ kind: 'not_utf8' });
      }
    });
    request.on('error', reject);
  });
