// Demo discussions: a few threads on gaps in services, expertise and capacity, written by the
// demo members (demo-data.ts). The people are fictional; the frameworks they cite are real.
import type { GapKindCode } from '../../generated/prisma/enums';

export interface DemoPost {
  /** E-mail of the demo member who writes it. */
  by: string;
  /** When, in hours after the thread was opened. */
  at: number;
  body: string;
  /** Index (0-based) of the post this one answers, in the same thread. */
  replyTo?: number;
  /** An earlier version of the text: the post was edited once, an hour after writing. */
  firstVersion?: string;
}

export interface DemoThread {
  title: string;
  /** When the thread was opened, in days before the seed runs. */
  openedDaysAgo: number;
  focusAreas: string[];
  gapKinds: GapKindCode[];
  /** Delegation codes. */
  delegations: string[];
  /** Pinned by the chair this many hours after it was opened. */
  pinnedAfterHours?: number;
  /** The first post is the opening post. */
  posts: DemoPost[];
}

/**
 * Members the browser tests sign in as: they start with every followed thread read and no
 * unread notification, so the tests' badge counts ("1 unread") are theirs alone. The other
 * demo members (Germany, Iceland, Lithuania) keep what is new to them, to show the badges.
 */
export const CAUGHT_UP_MEMBERS = new Set([
  'admin@egcc.example',
  'chair@egcc.example',
  'observer@egcc.example',
  ...['dk', 'ee', 'fi', 'lv', 'no', 'pl', 'se'].map((code) => `delegate.${code}@egcc.example`),
]);

/** A tag a demo member follows: they are told of new threads with it. */
export const DEMO_TAG_FOLLOWS: { by: string; focusArea: string }[] = [
  { by: 'delegate.de@egcc.example', focusArea: 'MIGRANT_CHILDREN' },
];

const d = (code: string) => `delegate.${code}@egcc.example`;
const CHAIR = 'chair@egcc.example';

/** A reply that quotes an earlier post, the way the composer writes a quotation. */
const quoting = (name: string, number: number, text: string, reply: string) =>
  `> **${name}** wrote in post ${number}:\n>\n${text
    .split('\n')
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n')}\n\n${reply}`;

export const DEMO_THREADS: DemoThread[] = [
  {
    title: 'How do you hear children when preparing national reports?',
    openedDaysAgo: 24,
    focusAreas: ['CHILD_RIGHTS', 'EARLY_INTERVENTION'],
    gapKinds: ['EXPERTISE'],
    delegations: [],
    pinnedAfterHours: 1,
    posts: [
      {
        by: CHAIR,
        at: 0,
        body: `Dear colleagues,

Article 12 of the UN Convention on the Rights of the Child asks us to hear children in matters that affect them, and that includes our own work. Before the next meeting I would like each delegation to share **one way children took part** in preparing its national report, and where it falls short.

Please say:

1. who was heard (age, background, children in care or not),
2. how their views reached the report,
3. what was missing: *expertise*, *capacity* or *services*.

I have pinned this thread until the meeting.`,
      },
      {
        by: d('no'),
        at: 20,
        body: `In Norway the county youth councils commented on the draft in two workshops. It worked well for older teenagers; we did **not** reach younger children or children in child welfare institutions.

The gap for us is expertise: few staff are trained to consult children under 12 in a meaningful way.`,
      },
      {
        by: d('dk'),
        at: 46,
        body: `Denmark used an online survey through schools (about 1,900 answers, ages 10–17) and a focus group with young people who have left care.

The survey was cheap and quick, but it told us little about children who do not go to school regularly, who are the ones we worry about most.`,
      },
      {
        by: d('is'),
        at: 70,
        body: `Iceland's Ombudsman for Children runs an advisory panel of young people, and we asked them to read the section on services for children with disabilities. Their comments changed two of our next steps.

A small country helps here: the panel knows the ministry staff by name. I doubt it scales.`,
        firstVersion: `Iceland's Ombudsman for Children runs an advisory panel of young people, and we asked them to read the section on services for children with disabilities.`,
      },
      {
        by: CHAIR,
        at: 96,
        body: `Thank you. A pattern is visible already: children in care and younger children are rarely heard. I will put child participation in reporting on the agenda as a **discussion item**; other delegations, please add your experience before the meeting.`,
      },
    ],
  },
  {
    title: 'Barnahus outside the capitals: travel times for child victims',
    openedDaysAgo: 17,
    focusAreas: ['SEXUAL_ABUSE', 'CHILD_RIGHTS'],
    gapKinds: ['SERVICES', 'CAPACITY'],
    delegations: ['lt', 'lv', 'pl', 'is'],
    posts: [
      {
        by: d('lt'),
        at: 0,
        body: `Our Barnahus model works well where it exists, but children from the regions still travel for hours to be interviewed, often with a parent who takes a day off work, and some interviews still happen at police stations.

How have other countries brought the Barnahus approach **outside the capital**? Mobile teams, regional units, video links to a central interview room?`,
      },
      {
        by: d('se'),
        at: 5,
        body: `Sweden has some thirty Barnahus, most run jointly by several municipalities with the police and the regional health service. Coverage is good in the south and thin in the north, where distances are long.

Some units send the interviewer to the child and use a local room fitted for video recording. The quality standards from the PROMISE project were the starting point.`,
      },
      {
        by: d('pl'),
        at: 27,
        body: `In Poland child-friendly interview rooms are run largely by NGOs and certified against common standards. The rooms exist in most regions; what is missing is **capacity**: trained interviewers and psychologists who can take a case at short notice.`,
      },
      {
        by: d('is'),
        at: 52,
        replyTo: 1,
        body: `Iceland opened the first Barnahus in 1998 and still has very few sites for the whole country. Staff travel to the north and east for interviews and the recordings are used in court, so the child is heard once.

If it helps, our staff can describe how the travelling interviews are organised at the next meeting.`,
      },
      {
        by: d('lv'),
        at: 75,
        body: `Latvia is at the same point as Lithuania. A short comparison of the regional solutions would help us argue for funding; could the Children's Unit collect one?`,
      },
      {
        by: CHAIR,
        at: 80,
        body: `Good idea. I will ask the secretariat for a one-page overview by delegation: number of units, how regions are covered, and who pays.`,
      },
    ],
  },
  {
    title: 'Guardians for unaccompanied migrant children: how fast are they appointed?',
    openedDaysAgo: 12,
    focusAreas: ['MIGRANT_CHILDREN'],
    gapKinds: ['SERVICES', 'EXPERTISE'],
    delegations: ['de', 'se', 'fi', 'no'],
    posts: [
      {
        by: d('de'),
        at: 0,
        body: `The EU Reception Conditions Directive asks for a representative for an unaccompanied child **as soon as possible**. In practice our youth welfare offices take from a few days to several weeks, depending on the region and the number of arrivals.

How long does it take in your countries, and who acts for the child in the meantime?`,
      },
      {
        by: d('se'),
        at: 6,
        body: `In Sweden the municipality applies to the chief guardian as soon as the child arrives, and a temporary guardian (a "god man") is usually appointed within days. The weak point is training: many guardians are volunteers with little preparation for asylum procedures or for signs of trafficking.`,
      },
      {
        by: d('fi'),
        at: 30,
        body: `Finland appoints a representative through the district court on the application of the reception centre; it takes one to three weeks. The reception centre's social worker acts for the child until then.

We see the same gap in expertise as Sweden.`,
      },
      {
        by: d('de'),
        at: 49,
        replyTo: 1,
        body: quoting(
          'Erik Lindqvist',
          2,
          'The weak point is training: many guardians are volunteers with little preparation for asylum procedures or for signs of trafficking.',
          `This matches what our guardians tell us. @delegate.lt, your training programme for frontline staff on identifying victims of trafficking: could guardians join it, or is it only for police and border guards?`,
        ),
      },
      {
        by: d('no'),
        at: 72,
        body: `Norway: for children over 15 the representative is appointed by the county governor, usually within a week. Children under 15 are placed by the child welfare service, which acts as carer from the first day. We would gladly share our guardians' training material.`,
      },
    ],
  },
  {
    title: 'Identifying child victims of trafficking: training for frontline staff',
    openedDaysAgo: 8,
    focusAreas: ['MIGRANT_CHILDREN', 'SEXUAL_ABUSE'],
    gapKinds: ['EXPERTISE'],
    delegations: ['lt', 'lv', 'ee', 'pl'],
    posts: [
      {
        by: d('lt'),
        at: 0,
        body: `Frontline staff (police, border guards, social workers, teachers) often do not recognise a child victim of trafficking, especially when the exploitation is criminal (forced stealing, drug running) rather than sexual.

We are preparing a joint training module. Which **indicators** and **referral steps** do your training programmes cover? Links to public material are welcome.`,
      },
      {
        by: d('ee'),
        at: 22,
        body: `Estonia's social insurance board trains child protection workers on the national referral mechanism once a year. What is missing is training for school staff, who see the children most often.`,
      },
      {
        by: d('lv'),
        at: 40,
        body: `Latvia would join a joint module. Our police college covers the indicators, but social workers in small municipalities have had no training at all.`,
      },
      {
        by: CHAIR,
        at: 60,
        body: `The CBSS Task Force against Trafficking in Human Beings has material that could be the starting point; I will ask the secretariat to connect the two groups. @delegate.lt, could you present the outline of the module at the next meeting?`,
      },
    ],
  },
  {
    title: 'Too few foster families: moving children out of institutions',
    openedDaysAgo: 4,
    focusAreas: ['ALTERNATIVE_CARE'],
    gapKinds: ['CAPACITY', 'SERVICES'],
    delegations: ['lv', 'ee', 'lt', 'pl'],
    posts: [
      {
        by: d('lv'),
        at: 0,
        body: `Latvia is closing its large children's institutions, in line with the UN Guidelines for the Alternative Care of Children, but there are **not enough foster families**, above all for teenagers, sibling groups and children with disabilities.

What has worked in your countries to recruit foster families and keep them?`,
      },
      {
        by: d('ee'),
        at: 18,
        body: `In Estonia the regular fee for foster carers made the biggest difference, together with a named support worker for each family. Respite care is still scarce.`,
      },
      {
        by: d('pl'),
        at: 41,
        body: `Poland's professional foster families take children in emergencies and are paid as employees. It helps, but they burn out without supervision and regular breaks.`,
      },
      {
        by: d('dk'),
        at: 66,
        body: `Danish municipalities recruit through local campaigns with foster carers telling their own story. For teenagers, the "network foster care" by relatives or people the child knows has grown fastest.`,
      },
    ],
  },
];
