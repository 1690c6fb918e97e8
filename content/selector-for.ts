/**
 * A selector that names an element and is likely to survive a reload: its id, else a short path
 * of tags (numbered among same-tag siblings) up to an ancestor with an id. How the reader's
 * corrections (the picker's, and "Show" in the popup) are stored for a site.
 */
export function selectorFor(element: Element): string {
  const parts: string[] = [];
  let current: Element | null = element;
  while (current && current !== document.documentElement && parts.length < 6) {
    if (current.id && /^[A-Za-z][\w-]*$/.test(current.id)) {
      parts.unshift(`#${current.id}`);
      break;
    }
    const tag = current.tagName.toLowerCase();
    const parent: Element | null = current.parentElement;
    const siblings = parent
      ? [...parent.children].filter((c) => c.tagName === current!.tagName)
      : [];
    parts.unshift(
      siblings.length > 1 ? `${tag}:nth-of-type(${siblings.indexOf(current) + 1})` : tag,
    );
    current = parent;
  }
  return parts.join(' > ');
}
