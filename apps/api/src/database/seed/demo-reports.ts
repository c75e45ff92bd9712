// Demo national reports: what the delegations told the group about two half-years. The people
// are the fictional demo members (demo-data.ts); the institutions and approaches they describe
// (Barnahus, guardianship, foster care, child participation) are real, described generically.
import type { ReportContent } from '@egcc/contracts';

export type DemoReportStatus = 'DRAFT' | 'SUBMITTED' | 'PUBLISHED';

export interface DemoReport {
  /** Delegation code; its delegate (delegate.<code>@egcc.example) writes the report. */
  delegation: string;
  period: string;
  status: DemoReportStatus;
  /** When the draft was started, in days before the seed runs. */
  startedDaysAgo: number;
  /** Who published it: the secretariat or the chair. */
  publishedBy?: 'admin' | 'chair';
  content: ReportContent;
}

const h1 = '2026-H1';
const h2 = '2025-H2';

export const DEMO_REPORTS: DemoReport[] = [
  // ------------------------------------------------------------------ 2026 H1, published
  {
    delegation: 'dk',
    period: h1,
    status: 'PUBLISHED',
    startedDaysAgo: 118,
    publishedBy: 'admin',
    content: {
      title: 'Denmark: national report, 2026 H1',
      summary:
        'The five regional **children’s houses** (Børnehuse) received children from every region, mostly in cases of suspected sexual abuse and violence in the family. The focus of the period was on shorter waiting times between a report and the forensic interview.\n\nMunicipalities also began a joint review of how they follow up on children placed outside the home, together with the national social appeals body.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'IN_FORCE',
          title: 'Target times for interviews at the children’s houses',
          description:
            'The children’s houses, the police and the municipalities agreed on target times from a report to a video-recorded interview. Cases are now reviewed together every week:\n\n- police and municipality decide together whether an interview is needed;\n- the child and a trusted adult get one contact person;\n- medical examinations are arranged in the same visit where possible.',
          focusAreas: ['SEXUAL_ABUSE', 'CHILD_RIGHTS'],
          uncrcArticles: [3, 19, 39],
        },
        {
          kind: 'POLITICAL',
          status: 'ADOPTED',
          title: 'Action plan on children in foster care',
          description:
            'A cross-party agreement sets out more support for foster families, supervision by trained consultants, and the right of the child to be heard before every change of placement.',
          focusAreas: ['ALTERNATIVE_CARE'],
          uncrcArticles: [12, 20],
        },
      ],
      goodPractices:
        'Children who have been interviewed at a children’s house are asked, in an anonymous short survey, whether they felt safe and listened to. The answers are discussed at the quarterly meetings of each house’s **steering group**.',
      gaps: [
        {
          kind: 'CAPACITY',
          focusArea: 'ALTERNATIVE_CARE',
          description:
            'Too few foster families for teenagers and for sibling groups; some children are placed far from their school and friends.',
        },
        {
          kind: 'EXPERTISE',
          focusArea: 'SEXUAL_ABUSE',
          description: 'Few specialised therapists for children with harmful sexual behaviour.',
        },
      ],
      nextSteps:
        '1. Evaluate the target times with the police districts.\n2. Share the survey questions with the other Barnahus in the region.',
    },
  },
  {
    delegation: 'ee',
    period: h1,
    status: 'PUBLISHED',
    startedDaysAgo: 112,
    publishedBy: 'admin',
    content: {
      title: 'Estonia: national report, 2026 H1',
      summary:
        'Estonia’s children’s houses (Lastemaja) now serve every county through the regional centres, with mobile teams for the islands. Child protection workers in the municipalities received joint training with investigators and prosecutors.\n\nThe national helpline for children reported more contacts about online grooming than a year ago.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'IN_FORCE',
          title: 'Mobile Lastemaja teams for the islands',
          description:
            'A psychologist and a child protection specialist travel to the child, so that families from Saaremaa and Hiiumaa do not have to come to the mainland for an interview.',
          focusAreas: ['SEXUAL_ABUSE', 'CHILD_RIGHTS'],
          uncrcArticles: [19, 34, 39],
        },
        {
          kind: 'ADMINISTRATIVE',
          status: 'ADOPTED',
          title: 'Early-warning model for schools and family doctors',
          description:
            'Schools and family doctors use one checklist to notice signs of neglect early and to contact the municipal child protection worker. Training starts in the autumn.',
          focusAreas: ['EARLY_INTERVENTION'],
          uncrcArticles: [3, 19],
        },
      ],
      goodPractices:
        'Children’s councils in three municipalities commented on the new leaflet that explains what happens at the Lastemaja. The leaflet was rewritten after their comments.',
      gaps: [
        {
          kind: 'SERVICES',
          focusArea: 'SEXUAL_ABUSE',
          description:
            'Waiting lists for long-term therapy after the interview, especially outside Tallinn and Tartu.',
        },
      ],
      nextSteps: 'Extend the early-warning model to kindergartens; evaluate the mobile teams after one year.',
    },
  },
  {
    delegation: 'fi',
    period: h1,
    status: 'PUBLISHED',
    startedDaysAgo: 110,
    publishedBy: 'admin',
    content: {
      title: 'Finland: national report, 2026 H1',
      summary:
        'The Barnahus model (Lasten talo) was developed further in the university hospital regions. The wellbeing services counties agreed on common practice for the forensic interview of children under seven.\n\nA working group prepared guidance on hearing the child in all decisions of child welfare.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'IN_FORCE',
          title: 'Common practice for interviews of young children',
          description:
            'Interviews of children under seven follow a shared protocol, with specially trained interviewers and a child psychiatrist available for consultation.',
          focusAreas: ['CHILD_RIGHTS', 'SEXUAL_ABUSE'],
          uncrcArticles: [3, 12, 19],
        },
        {
          kind: 'POLITICAL',
          status: 'PLANNED',
          title: 'Guidance on hearing the child in child welfare',
          description:
            'Draft guidance describes how and when social workers meet the child alone, and how the child’s views are recorded in the decision.',
          focusAreas: ['CHILD_RIGHTS', 'ALTERNATIVE_CARE'],
          uncrcArticles: [12],
        },
        {
          kind: 'ADMINISTRATIVE',
          status: 'ADOPTED',
          title: 'Family group conferences before placements',
          description:
            'Counties offer a family group conference before a child is placed outside the home, so that relatives can be considered first.',
          focusAreas: ['ALTERNATIVE_CARE', 'EARLY_INTERVENTION'],
          uncrcArticles: [3, 20],
        },
      ],
      goodPractices:
        'Young people with experience of care (*kokemusasiantuntijat*) train new social workers on how it feels to be placed, and what helps.',
      gaps: [
        {
          kind: 'CAPACITY',
          focusArea: 'ALTERNATIVE_CARE',
          description: 'High turnover of social workers; a child may meet several workers in one year.',
        },
        {
          kind: 'EXPERTISE',
          focusArea: 'MIGRANT_CHILDREN',
          description:
            'Interpreters trained for interviews of children are few, especially for less common languages.',
        },
      ],
      nextSteps:
        'Consult children and young people on the draft guidance; report on the family group conferences.',
    },
  },
  {
    delegation: 'de',
    period: h1,
    status: 'PUBLISHED',
    startedDaysAgo: 106,
    publishedBy: 'chair',
    content: {
      title: 'Germany: national report, 2026 H1',
      summary:
        'More federal states opened child-friendly centres following the Barnahus model (Childhood-Häuser), usually at university hospitals. The youth welfare offices (Jugendämter) continued to receive unaccompanied minors, with regional differences in capacity.\n\nThe federal government and the states discussed common quality standards for guardianship of unaccompanied children.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'IN_FORCE',
          title: 'New Childhood-Häuser in two federal states',
          description:
            'Police, justice, medicine and youth welfare work under one roof. Judicial video interviews can be held at the centre, so that the child does not have to testify again in court.',
          focusAreas: ['SEXUAL_ABUSE', 'CHILD_RIGHTS'],
          uncrcArticles: [19, 34, 39],
        },
        {
          kind: 'POLITICAL',
          status: 'PLANNED',
          title: 'Quality standards for guardians of unaccompanied minors',
          description:
            'A federal and state working group drafts standards on the number of wards per guardian, the first meeting within days of arrival, and training on asylum procedures.',
          focusAreas: ['MIGRANT_CHILDREN'],
          uncrcArticles: [3, 20, 22],
        },
      ],
      goodPractices:
        'In several cities, youth welfare offices and specialised counselling services screen newly arrived young people for signs of **trafficking** and exploitation during the initial assessment.',
      gaps: [
        {
          kind: 'CAPACITY',
          focusArea: 'MIGRANT_CHILDREN',
          description:
            'Places in initial reception for unaccompanied minors are short in some municipalities.',
        },
        {
          kind: 'SERVICES',
          focusArea: 'SEXUAL_ABUSE',
          description:
            'Childhood-Häuser are not yet within reach in every state; rural areas depend on long journeys.',
        },
      ],
      nextSteps:
        'Adopt the guardianship standards with the states; share the screening approach through the EGCC.',
    },
  },
  {
    delegation: 'no',
    period: h1,
    status: 'PUBLISHED',
    startedDaysAgo: 104,
    publishedBy: 'admin',
    content: {
      title: 'Norway: national report, 2026 H1',
      summary:
        'The Barnehus network continued to offer forensic interviews, medical examinations and follow-up for children exposed to violence and abuse, and for children who have witnessed violence in close relationships.\n\nThe child welfare services prepared for stronger quality requirements for foster care.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'IN_FORCE',
          title: 'Follow-up of children after the Barnehus interview',
          description:
            'Every child interviewed is offered a follow-up conversation and, where needed, short-term therapy at the Barnehus before referral to local services.',
          focusAreas: ['SEXUAL_ABUSE', 'EARLY_INTERVENTION'],
          uncrcArticles: [19, 39],
        },
        {
          kind: 'LEGISLATIVE',
          status: 'ADOPTED',
          title: 'Stronger requirements for foster care',
          description:
            'Amendments adopted by the Storting set requirements for training and supervision of foster parents and for regular conversations between the child and their caseworker.',
          focusAreas: ['ALTERNATIVE_CARE'],
          uncrcArticles: [12, 20],
        },
      ],
      goodPractices:
        'Young people from the child welfare services’ user organisations take part in the selection of new Barnehus staff.',
      gaps: [
        {
          kind: 'EXPERTISE',
          focusArea: 'CHILD_RIGHTS',
          description:
            'Not enough knowledge among professionals of how to talk with children with disabilities.',
        },
      ],
      nextSteps: 'Publish the first national statistics on Barnehus follow-up.',
    },
  },
  {
    delegation: 'se',
    period: h1,
    status: 'PUBLISHED',
    startedDaysAgo: 102,
    publishedBy: 'admin',
    content: {
      title: 'Sweden: national report, 2026 H1',
      summary:
        'Sweden’s Barnahus are run jointly by municipalities, regions, police and prosecutors. During the period, the national quality criteria for Barnahus were revised, and an agency network on **human trafficking** for the exploitation of children met twice.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'IN_FORCE',
          title: 'Revised quality criteria for Barnahus',
          description:
            'The criteria cover the child’s right to information, the time from report to interview, crisis support, and medical and psychological follow-up.',
          focusAreas: ['CHILD_RIGHTS', 'SEXUAL_ABUSE'],
          uncrcArticles: [3, 12, 19, 39],
        },
        {
          kind: 'POLITICAL',
          status: 'ADOPTED',
          title: 'National action on child trafficking and exploitation',
          description:
            'Agencies agreed on common indicators of exploitation of children in criminal activity and on a contact point in every region.',
          focusAreas: ['MIGRANT_CHILDREN', 'SEXUAL_ABUSE'],
          uncrcArticles: [34, 35, 36],
        },
      ],
      goodPractices:
        'Regional coordinators against trafficking train staff of social services, schools and youth centres with case examples of children recruited into crime.',
      gaps: [
        {
          kind: 'SERVICES',
          focusArea: 'MIGRANT_CHILDREN',
          description:
            'Protected housing for children who are victims of trafficking is lacking in most regions.',
        },
      ],
      nextSteps: 'Follow up the quality criteria in every Barnahus; map protected housing for child victims.',
    },
  },
  {
    delegation: 'pl',
    period: h1,
    status: 'PUBLISHED',
    startedDaysAgo: 100,
    publishedBy: 'chair',
    content: {
      title: 'Poland: national report, 2026 H1',
      summary:
        'Child-friendly interview rooms (przyjazne pokoje przesłuchań dzieci) are now available in most court districts. Family courts and social welfare centres cooperated on a pilot of early support for families in crisis.\n\nPoland continued to receive children from Ukraine, among them children from residential institutions.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'IN_FORCE',
          title: 'Certified child-friendly interview rooms',
          description:
            'Rooms meet common standards (a separate entrance, a waiting area, recording equipment) and are certified by a non-governmental organisation. A child is interviewed once, by a judge with a psychologist present.',
          focusAreas: ['CHILD_RIGHTS'],
          uncrcArticles: [3, 12, 40],
        },
        {
          kind: 'ADMINISTRATIVE',
          status: 'ADOPTED',
          title: 'Guardianship for children from Ukraine in temporary care',
          description:
            'Temporary guardians are appointed for children who arrived without parents, with registration of every child and cooperation with the Ukrainian authorities.',
          focusAreas: ['MIGRANT_CHILDREN', 'ALTERNATIVE_CARE'],
          uncrcArticles: [20, 22, 35],
        },
      ],
      goodPractices:
        'A helpline run by an NGO (Telefon Zaufania dla Dzieci i Młodzieży) offers counselling in Polish and Ukrainian.',
      gaps: [
        {
          kind: 'CAPACITY',
          focusArea: 'ALTERNATIVE_CARE',
          description: 'Foster families are too few; many children still live in residential care.',
        },
        {
          kind: 'EXPERTISE',
          focusArea: 'CHILD_RIGHTS',
          description:
            'Not every court district has psychologists trained for interviews of very young children.',
        },
      ],
      nextSteps: 'Evaluate the family-support pilot in łódzkie and małopolskie voivodeships.',
    },
  },

  // ------------------------------------------------------------------ 2025 H2, published
  {
    delegation: 'dk',
    period: h2,
    status: 'PUBLISHED',
    startedDaysAgo: 290,
    publishedBy: 'admin',
    content: {
      title: 'Denmark: national report, 2025 H2',
      summary:
        'The period focused on children’s participation in their own cases and on the children’s houses’ cooperation with the police.',
      measures: [
        {
          kind: 'LEGISLATIVE',
          status: 'IN_FORCE',
          title: 'The child’s right to a trusted adult in child protection cases',
          description:
            'A child may bring a trusted adult to meetings with the municipality; the municipality must inform the child of this right.',
          focusAreas: ['CHILD_RIGHTS'],
          uncrcArticles: [12],
        },
      ],
      goodPractices: 'Child-friendly letters that explain decisions, written with children in care.',
      gaps: [
        {
          kind: 'EXPERTISE',
          focusArea: 'CHILD_RIGHTS',
          description: 'Caseworkers ask for training in talking with young children about decisions.',
        },
      ],
      nextSteps: 'Review waiting times at the children’s houses in 2026.',
    },
  },
  {
    delegation: 'fi',
    period: h2,
    status: 'PUBLISHED',
    startedDaysAgo: 286,
    publishedBy: 'admin',
    content: {
      title: 'Finland: national report, 2025 H2',
      summary:
        'The wellbeing services counties completed their first full year of responsibility for child welfare. The Barnahus project mapped interview practice in every region.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'ADOPTED',
          title: 'Regional mapping of forensic interviews of children',
          description: 'A survey of all regions described who interviews children, where, and how quickly.',
          focusAreas: ['CHILD_RIGHTS', 'SEXUAL_ABUSE'],
          uncrcArticles: [19, 39],
        },
        {
          kind: 'POLITICAL',
          status: 'IN_FORCE',
          title: 'National child strategy: implementation plan',
          description:
            'The implementation plan includes measures on violence against children and child participation.',
          focusAreas: ['CHILD_RIGHTS', 'EARLY_INTERVENTION'],
          uncrcArticles: [3, 12, 19],
        },
      ],
      goodPractices: 'Regional networks of interviewers meet online every month to discuss difficult cases.',
      gaps: [
        {
          kind: 'SERVICES',
          focusArea: 'SEXUAL_ABUSE',
          description: 'Long distances to the nearest interview centre in Lapland and Kainuu.',
        },
      ],
      nextSteps: 'Agree on common practice for interviews of children under seven.',
    },
  },
  {
    delegation: 'is',
    period: h2,
    status: 'PUBLISHED',
    startedDaysAgo: 284,
    publishedBy: 'chair',
    content: {
      title: 'Iceland: national report, 2025 H2',
      summary:
        'Barnahús in Reykjavík, the first children’s house in Europe, continued to receive children from the whole country. The integrated services for children’s wellbeing (farsæld barna) were rolled out in more municipalities.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'IN_FORCE',
          title: 'Contact persons for integrated services',
          description:
            'Every child and family can ask for a contact person at school, kindergarten or the health centre who coordinates services across sectors.',
          focusAreas: ['EARLY_INTERVENTION'],
          uncrcArticles: [3, 12],
        },
        {
          kind: 'ADMINISTRATIVE',
          status: 'ADOPTED',
          title: 'Barnahús interviews for children in the north and east',
          description:
            'Interviewers travel to Akureyri and Egilsstaðir so that children can be heard closer to home.',
          focusAreas: ['SEXUAL_ABUSE', 'CHILD_RIGHTS'],
          uncrcArticles: [19, 34, 39],
        },
      ],
      goodPractices: 'Barnahús hosts study visits for delegations that are setting up children’s houses.',
      gaps: [
        {
          kind: 'CAPACITY',
          focusArea: 'EARLY_INTERVENTION',
          description:
            'Small municipalities share few staff among many tasks; contact persons have little time.',
        },
      ],
      nextSteps: 'Evaluate the integrated services with children and parents.',
    },
  },
  {
    delegation: 'lv',
    period: h2,
    status: 'PUBLISHED',
    startedDaysAgo: 282,
    publishedBy: 'admin',
    content: {
      title: 'Latvia: national report, 2025 H2',
      summary:
        'Latvia continued the move from institutional care to family-based care. Support centres for foster families (atbalsta centri audžuģimenēm) now cover every planning region.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'IN_FORCE',
          title: 'Support centres for foster families in every region',
          description:
            'The centres offer training, supervision and psychological support to foster families and guardians, and recruit new families.',
          focusAreas: ['ALTERNATIVE_CARE'],
          uncrcArticles: [3, 20],
        },
        {
          kind: 'POLITICAL',
          status: 'PLANNED',
          title: 'Plan for the children’s house (Bērnu māja) model',
          description:
            'A plan describes how police, courts and social services would cooperate under one roof.',
          focusAreas: ['SEXUAL_ABUSE', 'CHILD_RIGHTS'],
          uncrcArticles: [19, 39],
        },
      ],
      goodPractices: 'Foster families meet in peer groups led by an experienced foster parent.',
      gaps: [
        {
          kind: 'CAPACITY',
          focusArea: 'ALTERNATIVE_CARE',
          description: 'Few families for children with disabilities; some remain in institutions.',
        },
      ],
      nextSteps: 'Prepare the legal basis for the children’s house.',
    },
  },
  {
    delegation: 'no',
    period: h2,
    status: 'PUBLISHED',
    startedDaysAgo: 280,
    publishedBy: 'admin',
    content: {
      title: 'Norway: national report, 2025 H2',
      summary:
        'Norway strengthened guardianship for unaccompanied asylum-seeking children and prepared amendments on foster care.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'IN_FORCE',
          title: 'Training of representatives for unaccompanied minors',
          description:
            'Representatives complete a course on the asylum procedure, trauma and signs of trafficking before their first appointment.',
          focusAreas: ['MIGRANT_CHILDREN'],
          uncrcArticles: [20, 22, 35],
        },
      ],
      goodPractices: 'Reception centres for minors have a contact person for missing-children cases.',
      gaps: [
        {
          kind: 'SERVICES',
          focusArea: 'MIGRANT_CHILDREN',
          description: 'Young people who turn eighteen lose support abruptly in some municipalities.',
        },
      ],
      nextSteps: 'Consult on the foster care amendments.',
    },
  },
  {
    delegation: 'se',
    period: h2,
    status: 'PUBLISHED',
    startedDaysAgo: 278,
    publishedBy: 'admin',
    content: {
      title: 'Sweden: national report, 2025 H2',
      summary:
        'The social services worked on how children are heard in investigations, and the Barnahus network prepared revised quality criteria.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'ADOPTED',
          title: 'Guidance on talking with children in social services investigations',
          description: 'National guidance with methods for conversations with children of different ages.',
          focusAreas: ['CHILD_RIGHTS'],
          uncrcArticles: [3, 12],
        },
      ],
      goodPractices: 'Digital tools help young children show how they feel before a conversation.',
      gaps: [
        {
          kind: 'EXPERTISE',
          focusArea: 'CHILD_RIGHTS',
          description:
            'Professionals lack training on children’s exposure to violence in close relationships.',
        },
      ],
      nextSteps: 'Adopt the revised Barnahus quality criteria.',
    },
  },

  // ------------------------------------------------------------------ under way
  {
    delegation: 'lv',
    period: h1,
    status: 'SUBMITTED',
    startedDaysAgo: 30,
    content: {
      title: 'Latvia: national report, 2026 H1',
      summary:
        'The State Inspectorate for the Protection of Children’s Rights and the municipalities worked on early support for families. Preparation of the children’s house (Bērnu māja) continued with a pilot in Rīga.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'ADOPTED',
          title: 'Pilot of the children’s house in Rīga',
          description:
            'A pilot brings together the police, a psychologist and a paediatrician for interviews and examinations of children who may have been abused.',
          focusAreas: ['SEXUAL_ABUSE', 'CHILD_RIGHTS'],
          uncrcArticles: [19, 34, 39],
        },
        {
          kind: 'ADMINISTRATIVE',
          status: 'PLANNED',
          title: 'Early-support teams in municipalities',
          description: 'Multidisciplinary teams will meet families at the first signs of crisis.',
          focusAreas: ['EARLY_INTERVENTION'],
          uncrcArticles: [3, 19],
        },
      ],
      goodPractices: 'Children took part in designing the waiting room of the pilot children’s house.',
      gaps: [
        {
          kind: 'EXPERTISE',
          focusArea: 'SEXUAL_ABUSE',
          description: 'Few psychologists are trained in forensic interviews of children.',
        },
      ],
      nextSteps: 'Decide on the children’s house model for the whole country after the pilot.',
    },
  },
  {
    delegation: 'lt',
    period: '2026-H2',
    status: 'DRAFT',
    startedDaysAgo: 6,
    content: {
      title: 'Lithuania: national report, 2026 H2',
      summary:
        'The children’s house (Vaiko namai) in Vilnius receives children from the whole country. The State Child Rights Protection and Adoption Service continued the shift from institutional to family-based care.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'IN_FORCE',
          title: 'Community-based family homes instead of institutions',
          description: 'Children from closing institutions move to small family homes and foster families.',
          focusAreas: ['ALTERNATIVE_CARE'],
          uncrcArticles: [3, 20],
        },
      ],
      goodPractices: '',
      gaps: [
        {
          kind: 'SERVICES',
          focusArea: 'SEXUAL_ABUSE',
          description: 'Children outside Vilnius travel far to reach the children’s house.',
        },
      ],
      nextSteps:
        'To be completed: regional units of the children’s house; guardianship for unaccompanied children.',
    },
  },
];
