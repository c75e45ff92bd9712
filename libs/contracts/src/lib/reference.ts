import { z } from 'zod';
import { GapKindCode, MeasureKindCode } from './enums';

export const FocusArea = z
  .object({
    code: z.string(),
    name: z.string(),
    description: z.string(),
    position: z.number().int(),
  })
  .meta({ id: 'FocusArea' });
export type FocusArea = z.infer<typeof FocusArea>;

export const MeasureKind = z
  .object({ code: MeasureKindCode, name: z.string(), description: z.string() })
  .meta({ id: 'MeasureKind' });
export type MeasureKind = z.infer<typeof MeasureKind>;

export const GapKind = z
  .object({ code: GapKindCode, name: z.string(), description: z.string() })
  .meta({ id: 'GapKind' });
export type GapKind = z.infer<typeof GapKind>;

export const UncrcArticle = z
  .object({ number: z.number().int().min(1).max(54), title: z.string() })
  .meta({ id: 'UncrcArticle' });
export type UncrcArticle = z.infer<typeof UncrcArticle>;

/** The group's vocabularies, which every form and filter offers. */
export const ReferenceData = z
  .object({
    focusAreas: z.array(FocusArea),
    measureKinds: z.array(MeasureKind),
    gapKinds: z.array(GapKind),
    uncrcArticles: z.array(UncrcArticle),
  })
  .meta({ id: 'ReferenceData' });
export type ReferenceData = z.infer<typeof ReferenceData>;
