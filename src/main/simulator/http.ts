import type { IncomingMessage } from 'node:http';
import type { JsonValue } from '../../shared/domain/famulor';

/** What a route answers; the server turns it into bytes (and may garble it on purpose, see faults.ts). */
export interface ApiResponse {
  status: number;
  body: JsonValue;
  headers?: Record<string, string>;
}

export const json = (status: number, body: JsonValue, headers?: Record<string, string>): ApiResponse =>
  headers ? { status, body, headers } : { status, body };

export interface RequestContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body; `{}` when there was none or it was not JSON, as Laravel's input bag would be. */
  body: unknown;
  /** The URL of the request without its query, as Laravel's paginator reports `path`. */
  pathUrl: string;
}

const MAX_BODY_BYTES = 1024 * 1024;

export class PayloadTooLarge extends Error {}

export const readJsonBody = async (request: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new PayloadTooLarge('Request body too large');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
};

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const responseBytes = (response: ApiResponse): Buffer =>
  Buffer.from(JSON.stringify(response.body), 'utf8');

export const responseHeaders = (response: ApiResponse, bodyLength: number): Record<string, string> => ({
  'Content-Type': 'application/json',
  'Content-Length': String(bodyLength),
  'Cache-Control': 'no-cache, private',
  ...response.headers,
});
