import { createDispatcher, type Dispatcher, type DispatcherOptions, type Logger } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { createMainServices, type MainServices, type MainServicesOptions } from './services';

export interface MainRuntime {
  services: MainServices;
  dispatcher: Dispatcher;
}

/** Everything main does, independent of the transport: the Electron shell and the browser host both start this. */
export const startRuntime = async (
  options: MainServicesOptions,
  logger: Logger = console,
  dispatcherOptions: DispatcherOptions = {},
): Promise<MainRuntime> => {
  const services = await createMainServices(options);
  const dispatcher = createDispatcher(createHandlers(services), services.inFlight, logger, dispatcherOptions);
  return { services, dispatcher };
};
