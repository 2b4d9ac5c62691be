import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { buildSiteFiles } from '@/app/site-documents.ts';
import { readDocumentsFrom } from '@/lib/dataset.ts';
import { readDataset } from '@/lib/dataset-source.ts';

// Components read the same documents and gated parts the build writes, from memory instead of the network.
const files = buildSiteFiles(readDataset());
readDocumentsFrom((file) => files.get(file));

// jsdom lays nothing out, so it has no scrolling to do; browsers have this.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= function scrollIntoView() {};

afterEach(() => {
  cleanup();
});
