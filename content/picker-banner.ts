/**
 * The line that tells the reader what the picker is doing ("Click the block to hide…") and then
 * what it did. It lives in a shadow root of its own, on the page only while it is shown, and
 * its words are set as text.
 */
import { createShadowHost } from './shadow-host';

const BANNER_CSS = `
:host { all: initial; }
.banner {
  position: fixed; top: 12px; left: 50%; transform: translateX(-50%);
  box-sizing: border-box; max-width: calc(100vw - 24px); padding: 8px 14px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #ffffff; background: #1d1f23; border-radius: 8px;
  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.25); text-align: center;
}
`;
/** How long the line saying what was done stays. */
const DONE_MS = 3000;

export class PickerBanner {
  private host: HTMLElement | null = null;
  private line: HTMLElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** The element the banner lives in, which the picker must never pick. */
  contains(node: EventTarget | null): boolean {
    return node instanceof Node && this.host !== null && this.host.contains(node);
  }

  show(text: string): void {
    clearTimeout(this.timer);
    if (!this.host) this.create();
    this.line!.textContent = text;
  }

  /** Says what was done, then goes. */
  finish(text: string): void {
    this.show(text);
    this.timer = setTimeout(() => this.remove(), DONE_MS);
  }

  remove(): void {
    clearTimeout(this.timer);
    this.host?.remove();
    this.host = null;
    this.line = null;
  }

  private create(): void {
    const { host, mount } = createShadowHost('gloss-picker', BANNER_CSS);
    mount.className = 'banner';
    mount.setAttribute('role', 'status');
    this.host = host;
    this.line = mount;
  }
}
