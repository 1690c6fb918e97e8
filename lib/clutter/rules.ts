/**
 * Gloss's own clutter vocabulary, per category: class/id tokens, ARIA roles, tags and text
 * cues. Written for this project (no filter-list data). Tokens are matched against the words of
 * an element's class and id (split on punctuation and camelCase); stems are matched inside
 * words, so `newsletterSignup` and `related_stories` hit too.
 */
import type { ClutterCategory } from '../types';

export interface CategoryRule {
  category: ClutterCategory;
  /** Whole words of a class or id. */
  tokens: readonly string[];
  /** Substrings of a class or id word (only distinctive ones: no short stems). */
  stems: readonly string[];
  /** Lower-cased phrases that, in a short block, say what it is. */
  phrases: readonly string[];
}

/** Checked in order: the first category that matches names the block. */
export const CATEGORY_RULES: readonly CategoryRule[] = [
  {
    category: 'overlay',
    tokens: ['modal', 'popup', 'overlay', 'lightbox', 'interstitial', 'cmp', 'gdpr', 'ccpa'],
    stems: ['cookie', 'consent', 'onetrust', 'didomi', 'popover'],
    phrases: [
      'we use cookies',
      'this site uses cookies',
      'this website uses cookies',
      'accept all cookies',
      'cookie policy',
      'cookie settings',
      'your privacy choices',
      'manage consent',
    ],
  },
  {
    category: 'ads',
    tokens: [
      'ad',
      'ads',
      'adv',
      'advert',
      'adverts',
      'dfp',
      'gpt',
      'mpu',
      'sponsored',
      'sponsor',
      'promoted',
      'billboard',
      'leaderboard',
      'skyscraper',
      'banner',
      'adsense',
    ],
    stems: [
      'advertis',
      'adslot',
      'adunit',
      'adbox',
      'adcontainer',
      'adwrap',
      'adsbygoogle',
      'doubleclick',
      'taboola',
      'outbrain',
      'zergnet',
      'revcontent',
      'dianomi',
      'googlead',
    ],
    phrases: [
      'advertisement',
      'sponsored content',
      'paid content',
      'publicité',
      'anzeige',
      'werbung',
      '广告',
      'publicidad',
    ],
  },
  {
    category: 'app-promo',
    tokens: ['smartbanner'],
    stems: [
      'appdownload',
      'downloadapp',
      'getapp',
      'apppromo',
      'appbanner',
      'appstore',
      'playstore',
    ],
    phrases: [
      'download the app',
      'download our app',
      'get the app',
      'open in app',
      'open in the app',
      'install our app',
      'available on the app store',
      'get it on google play',
    ],
  },
  {
    category: 'newsletter',
    tokens: ['nl', 'signup', 'optin'],
    stems: ['newsletter', 'subscribeform', 'emailsignup', 'mailinglist', 'mailchimp'],
    phrases: [
      'sign up for our newsletter',
      'subscribe to our newsletter',
      'sign up for the',
      'get our newsletter',
      'newsletter',
      'delivered to your inbox',
      'enter your email',
    ],
  },
  {
    category: 'upsell',
    tokens: [
      'paywall',
      'upsell',
      'premium',
      'subscribe',
      'subscription',
      'promo',
      'offer',
      'membership',
    ],
    stems: ['paywall', 'upsell', 'aifeature', 'piano', 'tinypass', 'regwall', 'promobanner'],
    phrases: [
      'try our ai',
      'ask ai',
      'summarize with ai',
      'summarise with ai',
      'subscribe now',
      'subscribe today',
      'become a member',
      'start your free trial',
      'unlock this article',
      'already a subscriber',
    ],
  },
  {
    category: 'social',
    tokens: ['share', 'shares', 'sharing', 'social', 'sns', 'follow', 'addthis', 'sharethis'],
    stems: ['sharebar', 'sharetool', 'sharebutton', 'sharelink', 'socialmedia', 'shareicon'],
    phrases: [
      'share this article',
      'share this story',
      'share this on',
      'share on facebook',
      'share on whatsapp',
      'follow us',
    ],
  },
  {
    category: 'comments',
    tokens: ['comments', 'comment', 'cmt', 'replies', 'respond', 'discussion', 'talkback'],
    stems: ['disqus', 'commentlist', 'commentsection', 'viafoura', 'spotim', 'openweb'],
    phrases: [
      'comments',
      'leave a comment',
      'leave a reply',
      'post a comment',
      'join the conversation',
      'join the discussion',
      'no comments yet',
    ],
  },
  {
    category: 'related',
    tokens: [
      'related',
      'recommended',
      'recommendations',
      'recirc',
      'recirculation',
      'popular',
      'trending',
      'mostread',
      'latest',
      'readmore',
      'teaser',
      'teasers',
    ],
    stems: [
      'related',
      'recommend',
      'mostpopular',
      'morestories',
      'morenews',
      'youmayalso',
      'readnext',
      'upnext',
    ],
    phrases: [
      'related articles',
      'related stories',
      'related news',
      'related',
      'read more',
      'read next',
      'more from',
      'more stories',
      'recommended',
      'you may also like',
      'you might also like',
      'most popular',
      'most read',
      'trending',
      'latest news',
      'top stories',
    ],
  },
  {
    category: 'navigation',
    tokens: [
      'nav',
      'navbar',
      'menu',
      'menubar',
      'header',
      'masthead',
      'footer',
      'sidebar',
      'rail',
      'aside',
      'topbar',
      'toolbar',
      'breadcrumb',
      'breadcrumbs',
      'crumbs',
      'pagination',
      'pager',
      'skip',
      'tags',
      'widget',
    ],
    stems: [
      'navigation',
      'breadcrumb',
      'sidebar',
      'footer',
      'masthead',
      'siteheader',
      'topnav',
      'megamenu',
    ],
    phrases: [
      'skip to content',
      'skip to main content',
      'all rights reserved',
      'privacy policy',
      'terms of use',
      'terms of service',
    ],
  },
];

/** ARIA roles and tags that are page furniture wherever they appear outside the article. */
export const ROLE_CATEGORY: Readonly<Record<string, ClutterCategory>> = {
  navigation: 'navigation',
  banner: 'navigation',
  contentinfo: 'navigation',
  complementary: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  search: 'navigation',
  dialog: 'overlay',
  alertdialog: 'overlay',
};

export const TAG_CATEGORY: Readonly<Record<string, ClutterCategory>> = {
  NAV: 'navigation',
  HEADER: 'navigation',
  FOOTER: 'navigation',
  ASIDE: 'navigation',
  DIALOG: 'overlay',
};

/** Links to app stores mark an app promotion wherever they appear. */
export const APP_STORE_LINK = /\/\/(?:apps\.apple\.com|itunes\.apple\.com|play\.google\.com)\//i;

/** Words that say a block is the article itself; they veto class-based hiding inside it. */
export const CONTENT_TOKENS = new Set([
  'article',
  'articlebody',
  'content',
  'story',
  'storybody',
  'entry',
  'post',
  'postbody',
  'main',
  'body',
  'text',
]);
