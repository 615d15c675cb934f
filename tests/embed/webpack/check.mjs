// The webpack fixture's check of what build.mjs (webpack 5, production) emitted in argv[2] (e.g. dist): the shared
// bundled-app check in ../lib.mjs (the .wasm its own asset, the element and the headless API
// sharing one module instance, in headless Chromium).
import { checkBundledApp } from '../lib.mjs';

await checkBundledApp('webpack', process.argv[2]);
