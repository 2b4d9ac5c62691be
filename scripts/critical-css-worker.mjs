// One of criticalCssFor's threads (scripts/critical-css.mjs): a page's critical CSS, one page at a time.
import { workerData } from 'node:worker_threads';
import { criticalCssOf } from './critical-css.mjs';

const criticalCss = criticalCssOf(workerData.outDir, workerData.rootAttributes);

export default (html) => criticalCss(html);
