/**
 * Two adjustments to the API's sanitised HTML (posts, report sections) before it is shown (it
 * is otherwise used as is):
 *
 * - Table cell alignment comes as `style="text-align:…"`, which the Content-Security-Policy
 *   (no inline styles) refuses; it becomes a class.
 * - Headings written in a post or a section ("# Title") would compete with the page's own: they start
 *   below the heading level of the post or section and never skip a level.
 *
 * The input has passed the API's allow-list, so headings carry no attributes.
 */
export function adaptRenderedHtml(html: string, headingLevel = 3): string {
  const aligned = html.replace(
    /<(th|td) style="text-align:\s*(left|right|center);?">/g,
    (_match, tag: string, align: string) => `<${tag} class="align-${align}">`,
  );
  const levels = [...aligned.matchAll(/<h([1-6])>/g)].map((match) => Number(match[1]));
  if (levels.length === 0) return aligned;
  const top = Math.min(...levels);
  const mapped: number[] = [];
  let previous = headingLevel;
  for (const level of levels) {
    const wanted = headingLevel + 1 + (level - top);
    const next = Math.max(headingLevel + 1, Math.min(wanted, previous + 1, 6));
    mapped.push(next);
    previous = next;
  }
  let index = -1;
  const open: number[] = [];
  return aligned.replace(/<(\/?)h([1-6])>/g, (_match, closing: string) => {
    if (closing) return `</h${open.pop() ?? headingLevel + 1}>`;
    index += 1;
    const level = mapped[index] ?? headingLevel + 1;
    open.push(level);
    return `<h${level}>`;
  });
}
