import type { ServerResponse } from 'node:http';
import { responseBytes, responseHeaders, type ApiResponse } from './http';
import type { RandomSource } from './random';

export const FAULT_KINDS = ['500', 'drop', 'slow'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultPlan {
  failRate: number;
  faults: readonly FaultKind[];
  random: RandomSource;
}

/** How a slow body trickles: the response is cut into `chunks` pieces sent `intervalMs` apart. */
export interface Trickle {
  chunks: number;
  intervalMs: number;
}

export const DEFAULT_TRICKLE: Trickle = { chunks: 10, intervalMs: 400 };

/** Laravel's production body for an unhandled exception. */
export const SERVER_ERROR_BODY = { message: 'Server Error' };

/** Draws the fault for one request; never one when the fail rate is 0, so normal runs stay deterministic. */
export const drawFault = (plan: FaultPlan): FaultKind | null => {
  if (plan.failRate <= 0 || plan.faults.length === 0 || plan.random() >= plan.failRate) return null;
  return plan.faults[Math.floor(plan.random() * plan.faults.length)] ?? null;
};

/** Writes the response, or garbles it the way the fault says: a 500 is decided before, not here. */
export const deliver = (
  response: ServerResponse,
  apiResponse: ApiResponse,
  fault: FaultKind | null,
  trickle: Trickle = DEFAULT_TRICKLE,
): void => {
  const bytes = responseBytes(apiResponse);
  response.writeHead(apiResponse.status, responseHeaders(apiResponse, bytes.length));
  if (fault === 'drop') {
    // Processed, half-sent, then the socket dies: the client cannot know whether its POST took effect.
    response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.destroy());
    return;
  }
  if (fault !== 'slow') {
    response.end(bytes);
    return;
  }
  const size = Math.max(1, Math.ceil(bytes.length / trickle.chunks));
  let offset = 0;
  const sendNext = () => {
    const piece = bytes.subarray(offset, offset + size);
    offset += size;
    if (offset >= bytes.length) response.end(piece);
    else response.write(piece);
  };
  sendNext();
  if (offset >= bytes.length) return;
  const timer = setInterval(() => {
    sendNext();
    if (offset >= bytes.length) clearInterval(timer);
  }, trickle.intervalMs);
  response.on('close', () => clearInterval(timer));
};
