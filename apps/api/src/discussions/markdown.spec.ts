import { Parser } from 'htmlparser2';
import { excerpt, renderMarkdown } from './markdown';

/** Every element and attribute in a piece of HTML, as a browser would parse it. */
function elementsOf(html: string): { tag: string; attributes: Record<string, string> }[] {
  const elements: { tag: string; attributes: Record<string, string> }[] = [];
  const parser = new Parser({ onopentag: (tag, attributes) => elements.push({ tag, attributes }) });
  parser.write(html);
  parser.end();
  return elements;
}

const SAFE_TAGS = new Set(['p', 'a', 'code', 'pre', 'span', 'strong', 'em', 'blockquote', 'ul', 'ol', 'li']);

describe('renderMarkdown', () => {
  it('renders GitHub-flavoured Markdown', () => {
    const { html } = renderMarkdown(
      '# Gaps\n\n**Services** are _thin_, ~~fine~~.\n\n| Country | Gap |\n| --- | :-: |\n| Latvia | capacity |\n\n- one\n- two\n\n```ts\nconst a = 1;\n```\n\nSee https://cbss.org.',
    );
    expect(html).toContain('<h1>Gaps</h1>');
    expect(html).toContain('<strong>Services</strong>');
    expect(html).toContain('<s>fine</s>');
    expect(html).toContain('<table>');
    expect(html).toContain('<td style="text-align:center">capacity</td>');
    expect(html).toContain('<code class="language-ts">');
    expect(html).toContain(
      '<a href="https://cbss.org" rel="noopener noreferrer nofollow" target="_blank">https://cbss.org</a>',
    );
  });

  it('finds @mentions outside code and links, once each', () => {
    const { html, mentions } = renderMarkdown(
      'Thanks @kadri.tamm and @jonas-becker! Mail x@example.org. `@not.in.code` [@not.in.link](https://x.example) @kadri.tamm again.',
    );
    expect(mentions).toEqual(['kadri.tamm', 'jonas-becker']);
    expect(html).toContain('<span class="mention" data-handle="kadri.tamm">@kadri.tamm</span>');
    expect(html).toContain('<code>@not.in.code</code>');
    expect(html).not.toContain('data-handle="example.org"');
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg/onload=alert(1)>',
    '[click](javascript:alert(1))',
    '[click](JaVaScRiPt:alert(1))',
    '[click](  javascript:alert(1))',
    '[click](vbscript:msgbox(1))',
    '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![x](javascript:alert(1))',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '[x](https://evil.example "title" onmouseover="alert(1)")',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
    '<details open ontoggle=alert(1)>',
    '`<script>alert(1)</script>`',
  ])('never lets %s through as markup', (payload) => {
    for (const { tag, attributes } of elementsOf(renderMarkdown(payload).html)) {
      expect(SAFE_TAGS.has(tag)).toBe(true);
      for (const [name, value] of Object.entries(attributes)) {
        expect(name).not.toMatch(/^on|^src$|^style$|xlink/i);
        if (name === 'href') expect(value).toMatch(/^(https?:|mailto:)/);
      }
    }
  });
});

describe('excerpt', () => {
  it('gives the first words as plain text', () => {
    expect(excerpt('## Title\n\n**Bold** text with a [link](https://x.example).', 30)).toBe(
      'Title Bold text with a link h…',
    );
  });
});
