import { markdownToBlocks } from './markdown-blocks';

describe('markdownToBlocks', () => {
  it('turns paragraphs into runs with bold, italic, strikethrough, code and links', () => {
    const blocks = markdownToBlocks(
      'Plain **bold** *italic* ~~gone~~ `code` and [the site](https://example.org/a?b=1).\nNext line',
    );
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        runs: [
          { text: 'Plain ' },
          { text: 'bold', bold: true },
          { text: ' ' },
          { text: 'italic', italic: true },
          { text: ' ' },
          { text: 'gone', strike: true },
          { text: ' ' },
          { text: 'code', code: true },
          { text: ' and ' },
          { text: 'the site', href: 'https://example.org/a?b=1' },
          { text: '. Next line' },
        ],
      },
    ]);
  });

  it('nests member headings under the section heading, never above level 6', () => {
    const blocks = markdownToBlocks('# Top\n\n### Third\n\n###### Sixth', { baseHeadingLevel: 3 });
    expect(blocks).toEqual([
      { type: 'heading', level: 3, text: 'Top' },
      { type: 'heading', level: 5, text: 'Third' },
      { type: 'heading', level: 6, text: 'Sixth' },
    ]);
  });

  it('reads bullet and numbered lists, nested, with their start number', () => {
    const blocks = markdownToBlocks('- one\n- two\n  1. inner\n\n3. three\n4. four');
    expect(blocks).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [
          [{ type: 'paragraph', runs: [{ text: 'one' }] }],
          [
            { type: 'paragraph', runs: [{ text: 'two' }] },
            {
              type: 'list',
              ordered: true,
              start: 1,
              items: [[{ type: 'paragraph', runs: [{ text: 'inner' }] }]],
            },
          ],
        ],
      },
      {
        type: 'list',
        ordered: true,
        start: 3,
        items: [
          [{ type: 'paragraph', runs: [{ text: 'three' }] }],
          [{ type: 'paragraph', runs: [{ text: 'four' }] }],
        ],
      },
    ]);
  });

  it('reads block quotes, code blocks, rules and tables', () => {
    const blocks = markdownToBlocks(
      '> quoted *text*\n\n```\nline 1\n  line 2\n```\n\n---\n\n| Area | Count |\n| --- | ---: |\n| Barnahus | 3 |\n',
    );
    expect(blocks).toEqual([
      {
        type: 'quote',
        blocks: [{ type: 'paragraph', runs: [{ text: 'quoted ' }, { text: 'text', italic: true }] }],
      },
      { type: 'code', text: 'line 1\n  line 2' },
      { type: 'rule' },
      {
        type: 'table',
        header: [[{ text: 'Area' }], [{ text: 'Count' }]],
        rows: [[[{ text: 'Barnahus' }], [{ text: '3' }]]],
      },
    ]);
  });

  it('keeps raw HTML as text, and drops links that are not http, https or mailto', () => {
    const blocks = markdownToBlocks('<b onclick="x()">hi</b> [click](javascript:alert(1)) <script>');
    expect(blocks).toHaveLength(1);
    const [paragraph] = blocks;
    expect(paragraph?.type).toBe('paragraph');
    const runs = paragraph?.type === 'paragraph' ? paragraph.runs : [];
    expect(runs.map((run) => run.text).join('')).toContain('<b onclick="x()">hi</b>');
    expect(runs.map((run) => run.text).join('')).toContain('<script>');
    expect(runs.some((run) => run.href)).toBe(false);
  });

  it('turns hard line breaks into newlines and bare URLs into links', () => {
    const blocks = markdownToBlocks('first  \nsecond www.example.org');
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        runs: [{ text: 'first\nsecond ' }, { text: 'www.example.org', href: 'http://www.example.org' }],
      },
    ]);
  });

  it('gives nothing for empty or blank text', () => {
    expect(markdownToBlocks('')).toEqual([]);
    expect(markdownToBlocks('  \n\n ')).toEqual([]);
  });
});
