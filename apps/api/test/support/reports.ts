import { ReportDetail } from '@egcc/contracts';
import type { PrismaService } from '../../src/database/prisma.service';
import { browser, type Browser } from './http-client';
import { createMember } from './members';
import type { TestApp } from './test-app';

/** Who takes part in the reports tests: two Danish delegates, an Estonian, the chair (Finland), an observer and the secretariat. */
export interface ReportCast {
  dk: Browser;
  dk2: Browser;
  ee: Browser;
  chair: Browser;
  observer: Browser;
  admin: Browser;
  ids: Record<'dk' | 'dk2' | 'ee' | 'chair' | 'observer' | 'admin', string>;
}

export async function reportCast(t: TestApp): Promise<ReportCast> {
  const make = async (overrides: Parameters<typeof createMember>[1]) => {
    const member = await createMember(t.prisma, overrides);
    return { id: member.id, client: await browser(t.app).signIn(member.email) };
  };
  const dk = await make({ name: 'Mette Hansen', roles: ['DELEGATE'], delegation: 'dk' });
  const dk2 = await make({ name: 'Søren Nielsen', roles: ['DELEGATE'], delegation: 'dk' });
  const ee = await make({ name: 'Kadri Tamm', roles: ['DELEGATE'], delegation: 'ee' });
  const chair = await make({ name: 'Aino Virtanen', roles: ['CHAIR', 'DELEGATE'], delegation: 'fi' });
  const observer = await make({ name: 'Olivier Dubois', roles: ['OBSERVER'], delegation: 'ec' });
  const admin = await make({ name: 'Sam Secretariat', roles: ['ADMIN'], delegation: null });
  return {
    dk: dk.client,
    dk2: dk2.client,
    ee: ee.client,
    chair: chair.client,
    observer: observer.client,
    admin: admin.client,
    ids: { dk: dk.id, dk2: dk2.id, ee: ee.id, chair: chair.id, observer: observer.id, admin: admin.id },
  };
}

export async function periodId(prisma: PrismaService, code: string): Promise<string> {
  return (await prisma.reportingPeriod.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

export const SAMPLE_CONTENT = {
  summary: 'Denmark strengthened **child-friendly justice** this half-year.\n\nA second paragraph.',
  measures: [
    {
      kind: 'LEGISLATIVE',
      status: 'ADOPTED',
      title: 'Barnehus act amended',
      description: 'Children’s houses now cover all regions.',
      focusAreas: ['CHILD_RIGHTS', 'SEXUAL_ABUSE'],
      uncrcArticles: [19, 3],
    },
    {
      kind: 'ADMINISTRATIVE',
      status: 'PLANNED',
      title: 'Foster carer training',
      description: 'A national curriculum.',
      focusAreas: ['ALTERNATIVE_CARE'],
      uncrcArticles: [20],
    },
  ],
  goodPractices: 'Joint interviews in one place.',
  gaps: [{ kind: 'CAPACITY', focusArea: 'ALTERNATIVE_CARE', description: 'Too few foster families.' }],
  nextSteps: 'Evaluate the reform in 2027.',
};

/** Files a report through the API and returns it. */
export async function fileReport(client: Browser, body: Record<string, unknown>): Promise<ReportDetail> {
  const response = await client.post('/api/v1/reports', body);
  if (response.statusCode !== 201) {
    throw new Error(`Filing a report failed: ${response.statusCode} ${response.body}`);
  }
  return ReportDetail.parse(response.json());
}

/** Moves a report through the workflow and checks each step succeeds. */
export async function step(
  client: Browser,
  reportId: string,
  action: 'submit' | 'withdraw' | 'return' | 'publish',
  body: unknown = {},
): Promise<ReportDetail> {
  const response = await client.post(`/api/v1/reports/${reportId}/${action}`, body);
  if (response.statusCode !== 200) {
    throw new Error(`${action} failed: ${response.statusCode} ${response.body}`);
  }
  return ReportDetail.parse(response.json());
}
