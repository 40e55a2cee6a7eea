import { lazy, type ComponentType } from 'react';
import type { View } from '../../stores/uiStore';

/**
 * The views are loaded on demand, so the first load carries the shell only (scripts/check-bundle.mjs holds it
 * under budget). Each loader is kept so the views can be fetched in the background once the shell is ready.
 */
const loaders = {
  playground: () => import('../playground/PlaygroundView').then((module) => module.PlaygroundView),
  threads: () => import('../threads/ThreadsView').then((module) => module.ThreadsView),
  tests: () => import('../testSuites/TestsView').then((module) => module.TestsView),
  lab: () => import('../lab/LabView').then((module) => module.LabView),
  settings: () => import('../settings/SettingsView').then((module) => module.SettingsView),
} satisfies Record<View, () => Promise<ComponentType>>;

export const LAZY_VIEWS: Record<View, ComponentType> = {
  playground: lazy(() => loaders.playground().then((component) => ({ default: component }))),
  threads: lazy(() => loaders.threads().then((component) => ({ default: component }))),
  tests: lazy(() => loaders.tests().then((component) => ({ default: component }))),
  lab: lazy(() => loaders.lab().then((component) => ({ default: component }))),
  settings: lazy(() => loaders.settings().then((component) => ({ default: component }))),
};

/** Fetches every view's code without rendering it; a failure here is retried, and shown, when the view opens. */
export const preloadViews = (): Promise<unknown> =>
  Promise.allSettled(Object.values(loaders).map((load) => load()));
