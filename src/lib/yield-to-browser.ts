/**
 * Resolves once the browser has had a turn (input, rendering): with `scheduler.yield` where the browser has it,
 * whose continuation goes ahead of other queued tasks, and a timer elsewhere. Work that a phone takes tens of
 * milliseconds over is split here into tasks that each leave the main thread free again soon, so a tap is
 * answered between them (web.dev, "Optimize long tasks").
 */
export const yieldToBrowser = (): Promise<void> =>
  'scheduler' in globalThis && typeof scheduler.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
