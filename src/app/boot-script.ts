// The entry of the inline pre-paint script (vite.config.ts builds it as one classic script): see boot.ts.
import { prepaint } from './boot.ts';

prepaint(document, () => localStorage);
