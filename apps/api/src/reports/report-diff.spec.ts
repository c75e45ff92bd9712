import type { ReportContent } from '@egcc/contracts';
import { diffContent, sectionText } from './report-diff';

const base: ReportContent = {
  title: 'Denmark: national report, 2026 H1',
  summary: 'We reformed the children’s houses.',
  measures: [
    {
      kind: 'LEGISLATIVE',
      status: 'ADOPTED',
      title: 'Barnehus act',
      description: 'All regions.',
      focusAreas: ['CHILD_RIGHTS'],
      uncrcArticles: [3, 19],
    },
  ],
  goodPractices: '',
  gaps: [{ kind: 'CAPACITY', focusArea: 'ALTERNATIVE_CARE', description: 'Too few foster families.' }],
  nextSteps: 'Evaluate.',
};

describe('report diff', () => {
  it('renders measures and gaps one per paragraph with their kind, status and tags', () => {
    const names = (code: string) =>
      ({ CHILD_RIGHTS: 'Child rights', ALTERNATIVE_CARE: 'Alternative care' })[code] ?? code;
    expect(sectionText(base, 'measures', names)).toBe(
      '1. Barnehus act (Legislative, adopted). Focus areas: Child rights. UNCRC articles: 3, 19. All regions.',
    );
    expect(
      sectionText({ ...base, measures: [...base.measures, ...base.measures] }, 'measures').split('\n\n'),
    ).toHaveLength(2);
    expect(sectionText(base, 'gaps', names)).toBe(
      '1. Capacity gap in Alternative care. Too few foster families.',
    );
  });

  it('marks unchanged sections and shows added and removed words, tag changes included', () => {
    const after: ReportContent = {
      ...base,
      summary: 'We reformed the children’s houses in every region.',
      measures: [{ ...base.measures[0]!, status: 'IN_FORCE', uncrcArticles: [3, 19, 34] }],
    };
    const sections = Object.fromEntries(diffContent(base, after).map((s) => [s.key, s]));
    expect(sections['title']).toMatchObject({
      changed: false,
      parts: [{ change: 'SAME', text: base.title }],
    });
    expect(sections['goodPractices']).toMatchObject({ changed: false, parts: [] });
    const changes = (key: string, change: string) =>
      sections[key]!.parts.filter((p) => p.change === change).map((p) => p.text.trim());
    expect(changes('summary', 'ADDED').join(' ')).toContain('in every region');
    expect(changes('measures', 'REMOVED')).toContain('adopted');
    expect(changes('measures', 'ADDED').join(' ')).toContain('in force');
    expect(changes('measures', 'ADDED').join(' ')).toContain('34');
    // Joining the parts gives back each side exactly, spaces and punctuation included.
    const side = (key: string, skip: string) =>
      sections[key]!.parts.filter((p) => p.change !== skip)
        .map((p) => p.text)
        .join('');
    expect(side('summary', 'ADDED')).toBe(base.summary);
    expect(side('summary', 'REMOVED')).toBe(after.summary);
    expect(side('measures', 'ADDED')).toBe(sectionText(base, 'measures'));
    expect(side('measures', 'REMOVED')).toBe(sectionText(after, 'measures'));
  });
});
