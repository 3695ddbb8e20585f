#!/usr/bin/env node
// `npm run test:electron` runs this first: fetches Electron's binary where it is
// missing. A binary that cannot be had is reported in one line and the command
// goes on, as DESIGN.md asks: the real-Electron specs then skip.
import { ensureElectron } from './electron-binary.mjs';

const ensured = ensureElectron(process.cwd(), process.env);
if ('error' in ensured) console.error(`${ensured.error} The real-Electron specs will be skipped.`);
