// The one way this project starts headless Chromium: Debian's binary (playwright's own download
// cannot work here) with the flags that keep it off the network on a closed machine.
import { chromium } from 'playwright-core';

/** The Chromium binary: $CHROMIUM, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Launches headless Chromium; `options` are added to playwright's launch options. */
export function launch(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without these, Chromium keeps trying to reach Google's hosts on a closed network; the
    // last one avoids running out of /dev/shm in containers.
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-dev-shm-usage'],
    ...options,
  });
}
