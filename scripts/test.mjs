// `npm test`: every test. The unit and data tests need no build, and the 100× build needs no test, so the
// two run side by side (each half-idle on its own on two cores); then the end-to-end tests run against both
// builds. The 100× build's output is printed once it ends, so it doesn't interleave with the tests'.
import { spawn } from 'node:child_process';

/** Runs a command; resolves to its exit code, and to what it printed when `quiet`. */
function run(command, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const [unit, scaled] = await Promise.all([run('vitest run'), run('npm run build && npm run build:100x', { quiet: true })]);
process.stdout.write(scaled.output);
if (unit.code !== 0 || scaled.code !== 0) process.exit(1);
const e2e = await run('playwright test');
process.exit(e2e.code);
