import type { Handlers } from '../handlerTypes';
import type { MainServices } from '../../services';
import { appHandlers } from './app';

/** The one place every channel gets its handler; the return type makes a missing one a compile error. */
export const createHandlers = (services: MainServices): Handlers => ({
  ...appHandlers(services),
});
