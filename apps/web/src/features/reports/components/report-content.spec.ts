import {
  contentOf,
  draftOf,
  hasChanges,
  mergeContent,
  planMerge,
  requestOf,
  suggestedChoices,
} from './report-content';
import { makeReport } from './report-fixtures';

const base = contentOf(makeReport());

describe('merging after a stale save', () => {
  it('suggests mine where I changed a section and theirs elsewhere, and says which sections differ', () => {
    const mine = draftOf(base);
    mine.summary = 'My new summary.';
    mine.measures[0] = { ...mine.measures[0]!, title: 'Child Welfare Act reform, adopted' };
    const theirs = { ...base, nextSteps: 'Their next steps.', summary: 'Their summary.' };

    const plan = planMerge(base, mine, theirs);
    const byKey = Object.fromEntries(plan.map((section) => [section.key, section]));

    expect(byKey['summary']).toMatchObject({
      mineChanged: true,
      theirsChanged: true,
      differ: true,
      suggested: 'mine',
    });
    expect(byKey['measures']).toMatchObject({
      mineChanged: true,
      theirsChanged: false,
      differ: true,
      suggested: 'mine',
    });
    expect(byKey['nextSteps']).toMatchObject({
      mineChanged: false,
      theirsChanged: true,
      differ: true,
      suggested: 'theirs',
    });
    expect(byKey['title']).toMatchObject({
      mineChanged: false,
      theirsChanged: false,
      differ: false,
      suggested: 'theirs',
    });

    const merged = requestOf(mergeContent(mine, theirs, suggestedChoices(plan)));
    expect(merged.summary).toBe('My new summary.');
    expect(merged.measures[0]?.title).toBe('Child Welfare Act reform, adopted');
    expect(merged.nextSteps).toBe('Their next steps.');
    expect(merged.title).toBe(base.title);
  });

  it('keeps theirs for a section I changed when I choose theirs', () => {
    const mine = draftOf(base);
    mine.summary = 'My summary.';
    const theirs = { ...base, summary: 'Their summary.' };
    const merged = mergeContent(mine, theirs, {
      ...suggestedChoices(planMerge(base, mine, theirs)),
      summary: 'theirs',
    });
    expect(merged.summary).toBe('Their summary.');
  });

  it('sees no change in spaces around a text or in the order tags were ticked', () => {
    const mine = draftOf({
      ...base,
      measures: [
        {
          ...base.measures[0]!,
          focusAreas: ['EARLY_INTERVENTION', 'ALTERNATIVE_CARE'],
          uncrcArticles: [19, 3],
        },
      ],
    });
    const saved = {
      ...base,
      summary: `${base.summary}\n`,
      measures: [
        {
          ...base.measures[0]!,
          focusAreas: ['ALTERNATIVE_CARE', 'EARLY_INTERVENTION'],
          uncrcArticles: [3, 19],
        },
      ],
    };
    expect(hasChanges(mine, saved)).toBe(false);
    mine.measures[0]!.uncrcArticles = ['3'];
    expect(hasChanges(mine, saved)).toBe(true);
  });

  it('treats a moved measure as a change to the measures', () => {
    const two = { ...base, measures: [base.measures[0]!, { ...base.measures[0]!, title: 'Second measure' }] };
    const mine = draftOf(two);
    mine.measures.reverse();
    const plan = planMerge(two, mine, two);
    expect(plan.find((section) => section.key === 'measures')).toMatchObject({
      mineChanged: true,
      differ: true,
    });
  });
});
