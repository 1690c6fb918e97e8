/**
 * Hosts the card in a shadow root attached to an element of our own, placed next to the term.
 * The host exists only while a card is open, so a page without an open card carries nothing of
 * ours in its DOM.
 */
import { render } from 'preact';
import { createShadowHost } from '../shadow-host';
import { CARD_CSS } from './card-css';
import { TermCard, type TermCardProps } from './TermCard';

const GAP = 8;

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;

  get element(): HTMLElement | null {
    return this.host;
  }

  get isOpen(): boolean {
    return this.host !== null;
  }

  contains(node: Node | null): boolean {
    return node !== null && this.host !== null && (node === this.host || this.host.contains(node));
  }

  open(props: TermCardProps, near: DOMRect, focus: boolean): void {
    if (!this.host) this.create();
    render(<TermCard {...props} />, this.mount!);
    this.place(near);
    if (focus) this.host!.shadowRoot!.querySelector<HTMLElement>('.card')?.focus();
  }

  close(): void {
    if (!this.host) return;
    render(null, this.mount!);
    this.host.remove();
    this.host = null;
    this.mount = null;
  }

  private create(): void {
    const { host, mount } = createShadowHost('gloss-card', CARD_CSS);
    this.host = host;
    this.mount = mount;
  }

  private place(near: DOMRect): void {
    const host = this.host!;
    const width = Math.min(320, window.innerWidth - 16);
    const left = Math.max(GAP, Math.min(near.left, window.innerWidth - width - GAP));
    const below = near.bottom + GAP;
    const height = host.getBoundingClientRect().height || 160;
    const top =
      below + height > window.innerHeight && near.top - GAP - height > 0
        ? near.top - GAP - height
        : below;
    host.style.setProperty('left', `${left}px`, 'important');
    host.style.setProperty('top', `${top}px`, 'important');
  }
}
