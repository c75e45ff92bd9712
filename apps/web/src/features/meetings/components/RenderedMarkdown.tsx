import type { RenderedText } from '@egcc/contracts';
import { adaptRenderedHtml } from '../../../shared/ui/markdown/rendered-html';

/** Markdown the API rendered and sanitised; nothing when empty. */
export function RenderedMarkdown({ text, headingLevel = 3 }: { text: RenderedText; headingLevel?: number }) {
  if (!text.markdown.trim()) return null;
  return (
    <div
      className="rendered-text"
      // The API renders the Markdown and sanitises it (an allow-list of tags and link schemes).
      dangerouslySetInnerHTML={{ __html: adaptRenderedHtml(text.html, headingLevel) }}
    />
  );
}
