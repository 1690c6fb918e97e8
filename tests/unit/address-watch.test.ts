// What counts as a move to another page in a single-page app: the address without its fragment,
// unless the fragment is a hash router's route.
import { describe, expect, it } from 'vitest';
import { pageAddress } from '../../content/address-watch';

describe('pageAddress', () => {
  it.each([
    ['https://news.test/a', 'https://news.test/a'],
    ['https://news.test/a#comments', 'https://news.test/a'],
    ['https://news.test/a?page=2#top', 'https://news.test/a?page=2'],
    ['https://news.test/#/story/12', 'https://news.test/#/story/12'],
    ['https://news.test/#!/story/12', 'https://news.test/#!/story/12'],
    ['https://news.test/a#', 'https://news.test/a'],
  ])('%s is at %s', (href, address) => {
    expect(pageAddress(href)).toBe(address);
  });
});
