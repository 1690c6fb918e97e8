/** The one jsdom internal the loader uses (see `parseWithScriptingFlag` in load-page.ts). */
declare module 'jsdom/lib/jsdom/living/generated/utils.js' {
  const utils: { implForWrapper(wrapper: object): unknown };
  export default utils;
}
