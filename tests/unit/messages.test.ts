import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackgroundMessage, parseContentMessage } from '../../extension/messages';

describe('message shapes', () => {
  it('accepts the requests the popup and background send', () => {
    expect(parseContentMessage({ type: 'get-state' })).toEqual({ type: 'get-state' });
    expect(parseContentMessage({ type: 'set-clean', on: true })).toEqual({
      type: 'set-clean',
      on: true,
    });
    expect(parseContentMessage({ type: 'go-to-claim', index: 2 })).toEqual({
      type: 'go-to-claim',
      index: 2,
    });
    expect(parseContentMessage({ type: 'start-picker', mode: 'show' })).not.toBeNull();
    expect(parseBackgroundMessage({ type: 'clean-css', on: false })).toEqual({
      type: 'clean-css',
      on: false,
    });
  });

  it('refuses unknown types, missing or extra fields and wrong types', () => {
    for (const bad of [
      null,
      'get-state',
      { type: 'nope' },
      { type: 'set-clean' },
      { type: 'set-clean', on: 'yes' },
      { type: 'set-clean', on: true, extra: 1 },
      { type: 'reveal-block', index: -1 },
      { type: 'reveal-block', index: 1.5 },
      { type: 'start-picker', mode: 'delete' },
      { type: 'toString' },
      { type: '__proto__' },
      { type: 'clean-css', on: true },
    ]) {
      expect(parseContentMessage(bad)).toBeNull();
    }
    expect(parseBackgroundMessage({ type: 'get-state' })).toBeNull();
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        parseContentMessage(value);
        parseBackgroundMessage(value);
      }),
    );
  });
});
