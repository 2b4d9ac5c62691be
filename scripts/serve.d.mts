/** Types for scripts/serve.mjs, which the end-to-end tests import too. */
import type { Server } from 'node:http';

export declare const distDir: string;
export declare function serveDist(port: number, root?: string): Promise<string>;
export declare function startStaticServer(
  port: number,
  root?: string,
): Promise<{ url: string; port: number; server: Server; close: () => Promise<void> }>;
