#!/usr/bin/env node
// `famulor-playground` (npx famulor-playground, npm run cli --): the app's commands in a terminal or a CI job.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIfNeeded } from './lib/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const here = process.cwd();
process.chdir(root);
await buildIfNeeded();
// Suite files and the reports' folder are named relative to where the command was typed.
process.chdir(here);
await import(pathToFileURL(join(root, 'out/main/cli.js')).href);
