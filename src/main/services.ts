import type { AppInfo } from '../shared/ipc/channels/app';
import { EventBus } from './events';
import { InFlightRequests } from './ipc/inFlight';

export interface MainServices {
  info: AppInfo;
  inFlight: InFlightRequests;
  events: EventBus;
  /** Stops servers and flushes pending writes; called on quit. */
  close(): Promise<void>;
}

export interface MainServicesOptions {
  info: AppInfo;
}

export const createMainServices = async ({ info }: MainServicesOptions): Promise<MainServices> => {
  const inFlight = new InFlightRequests();
  const events = new EventBus();
  return {
    info,
    inFlight,
    events,
    async close() {},
  };
};
