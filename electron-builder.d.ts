// Types for electron-builder.js, which stays plain JavaScript so electron-builder and scripts/dist.mjs load it
// without a compiler.
import type { Configuration } from 'electron-builder';

export type PlatformName = 'linux' | 'win' | 'mac';

export interface PlatformTarget {
  electronPlatform: 'linux' | 'win32' | 'darwin';
  targets: string[];
  arch: string[];
}

export declare const TEST_BUILD_ENV: 'FAMULOR_TEST_BUILD';
export declare const DEEP_LINK_SCHEME: 'famulor-playground';
export declare const PLATFORM_TARGETS: Record<PlatformName, PlatformTarget>;
export declare const createBuilderConfig: (env?: Record<string, string | undefined>) => Configuration;

declare const config: Configuration;
export default config;
