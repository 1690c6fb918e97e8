// Headed browsers on a virtual X display (Xvfb), and real key presses into them (xdotool): what
// the browser's own UI handles (extension shortcuts, the address bar) never sees synthetic
// events from the page or the driver. A missing tool fails the test and says how to install it.
import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Each program the headed tests run, and the Debian package it comes in. */
const TOOLS = { Xvfb: 'xvfb', xdotool: 'xdotool' };

const onPath = (program) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

function requireTools() {
  const missing = Object.entries(TOOLS).filter(([program]) => !onPath(program));
  if (missing.length === 0) return;
  const programs = missing.map(([program]) => program).join(' and ');
  const packages = missing.map(([, pkg]) => pkg).join(' ');
  throw new Error(
    `The headed browser tests need ${programs}, which is not installed. Install with: apt-get install -y ${packages} (Debian), then run npm test again.`,
  );
}

/**
 * Starts Xvfb on the first free display number (it reports the number it took on a pipe) and
 * returns `{ name, keyboardFor(pid), close() }`.
 */
export async function startDisplay() {
  requireTools();
  const server = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk));
  const number = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start: ${stderr}`)), 15_000);
    server.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
    server.stdio[3].once('data', (data) => {
      clearTimeout(timer);
      resolve(String(data).trim());
    });
  });
  const name = `:${number}`;
  return {
    name,
    keyboardFor: (pid) => new Keyboard(name, pid),
    close: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', resolve);
        server.kill();
      }),
  };
}

/** Real key presses, through the X server, into the browser window of one process. */
class Keyboard {
  constructor(display, pid) {
    this.display = display;
    this.pid = pid;
    this.window = null;
  }

  xdotool(...args) {
    return execFileSync('xdotool', args, {
      env: { ...process.env, DISPLAY: this.display },
      encoding: 'utf8',
    }).trim();
  }

  /**
   * Gives the browser's window the keyboard (there is no window manager to do it), then presses
   * each combination in turn, e.g. `press('alt+shift+u')`. The page to receive them must be the
   * window's selected tab (`page.bringToFront()`).
   */
  press(...combinations) {
    // Once: focusing the window again would make the browser hand its focus around again
    // (Firefox gives it back to the address bar).
    if (!this.window) {
      [this.window] = this.xdotool('search', '--onlyvisible', '--pid', String(this.pid)).split(
        '\n',
      );
      if (!this.window) throw new Error(`No visible window for the browser (pid ${this.pid}).`);
      this.xdotool('windowfocus', '--sync', this.window);
    }
    for (const keys of combinations) this.xdotool('key', '--clearmodifiers', keys);
  }
}
