import type { Browser } from 'playwright-core';

/** A browser test: gets the shared browser, throws to fail. Kept tiny: playwright-core has no test runner. */
export interface BrowserTest {
  name: string;
  run: (browser: Browser) => Promise<void>;
}

export function browserTest(name: string, run: BrowserTest['run']): BrowserTest {
  return { name, run };
}

export function expectThat(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}
