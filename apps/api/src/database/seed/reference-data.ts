// Reference data: public facts about the group, its members and its vocabularies.

export interface DelegationSeed {
  code: string;
  name: string;
  nativeName?: string;
  kind: 'MEMBER_STATE' | 'INSTITUTION';
  /** Dated status changes, oldest first; the last one is the current status. */
  statusChanges?: { status: 'ACTIVE' | 'SUSPENDED' | 'WITHDRAWN'; effectiveOn: string; note: string }[];
  ministries: { name: string; nativeName?: string; abbreviation?: string }[];
}

export const DELEGATIONS: DelegationSeed[] = [
  {
    code: 'dk',
    name: 'Denmark',
    nativeName: 'Danmark',
    kind: 'MEMBER_STATE',
    ministries: [
      { name: 'Ministry of Social Affairs and Housing', nativeName: 'Social- og Boligministeriet' },
      { name: 'Ministry of Children and Education', nativeName: 'Børne- og Undervisningsministeriet' },
    ],
  },
  {
    code: 'ee',
    name: 'Estonia',
    nativeName: 'Eesti',
    kind: 'MEMBER_STATE',
    ministries: [{ name: 'Ministry of Social Affairs', nativeName: 'Sotsiaalministeerium' }],
  },
  {
    code: 'fi',
    name: 'Finland',
    nativeName: 'Suomi',
    kind: 'MEMBER_STATE',
    ministries: [
      {
        name: 'Ministry of Social Affairs and Health',
        nativeName: 'Sosiaali- ja terveysministeriö',
        abbreviation: 'STM',
      },
    ],
  },
  {
    code: 'de',
    name: 'Germany',
    nativeName: 'Deutschland',
    kind: 'MEMBER_STATE',
    ministries: [
      {
        name: 'Federal Ministry of Education, Family Affairs, Senior Citizens, Women and Youth',
        nativeName: 'Bundesministerium für Bildung, Familie, Senioren, Frauen und Jugend',
        abbreviation: 'BMBFSFJ',
      },
    ],
  },
  {
    code: 'is',
    name: 'Iceland',
    nativeName: 'Ísland',
    kind: 'MEMBER_STATE',
    ministries: [
      { name: 'Ministry of Education and Children', nativeName: 'Mennta- og barnamálaráðuneytið' },
    ],
  },
  {
    code: 'lv',
    name: 'Latvia',
    nativeName: 'Latvija',
    kind: 'MEMBER_STATE',
    ministries: [{ name: 'Ministry of Welfare', nativeName: 'Labklājības ministrija' }],
  },
  {
    code: 'lt',
    name: 'Lithuania',
    nativeName: 'Lietuva',
    kind: 'MEMBER_STATE',
    ministries: [
      {
        name: 'Ministry of Social Security and Labour',
        nativeName: 'Socialinės apsaugos ir darbo ministerija',
      },
    ],
  },
  {
    code: 'no',
    name: 'Norway',
    nativeName: 'Norge',
    kind: 'MEMBER_STATE',
    ministries: [{ name: 'Ministry of Children and Families', nativeName: 'Barne- og familiedepartementet' }],
  },
  {
    code: 'pl',
    name: 'Poland',
    nativeName: 'Polska',
    kind: 'MEMBER_STATE',
    ministries: [
      {
        name: 'Ministry of Family, Labour and Social Policy',
        nativeName: 'Ministerstwo Rodziny, Pracy i Polityki Społecznej',
      },
      { name: 'Ministry of Justice', nativeName: 'Ministerstwo Sprawiedliwości' },
    ],
  },
  {
    code: 'ru',
    name: 'Russia',
    nativeName: 'Россия',
    kind: 'MEMBER_STATE',
    statusChanges: [
      {
        status: 'SUSPENDED',
        effectiveOn: '2022-03-03',
        note: 'The CBSS suspended Russia from further participation in its work.',
      },
      { status: 'WITHDRAWN', effectiveOn: '2022-05-17', note: 'Russia withdrew from the CBSS.' },
    ],
    ministries: [
      {
        name: 'Ministry of Labour and Social Protection of the Russian Federation',
        nativeName: 'Министерство труда и социальной защиты Российской Федерации',
      },
      {
        name: 'Ministry of Education of the Russian Federation',
        nativeName: 'Министерство просвещения Российской Федерации',
      },
    ],
  },
  {
    code: 'se',
    name: 'Sweden',
    nativeName: 'Sverige',
    kind: 'MEMBER_STATE',
    ministries: [{ name: 'Ministry of Health and Social Affairs', nativeName: 'Socialdepartementet' }],
  },
  {
    code: 'ec',
    name: 'European Commission',
    kind: 'INSTITUTION',
    ministries: [{ name: 'Directorate-General for Justice and Consumers', abbreviation: 'DG JUST' }],
  },
];

export const FOCUS_AREAS = [
  {
    code: 'CHILD_RIGHTS',
    name: 'Child rights, including child-friendly justice',
    description:
      "Children's rights in law and practice, including justice systems that are accessible, age-appropriate and respectful of the child's views.",
  },
  {
    code: 'EARLY_INTERVENTION',
    name: 'Early intervention and prevention',
    description: 'Support to children and families early, before risks become harm.',
  },
  {
    code: 'SEXUAL_ABUSE',
    name: 'Protection from sexual abuse and exploitation',
    description:
      'Preventing and responding to sexual abuse and exploitation of children, online and offline.',
  },
  {
    code: 'MIGRANT_CHILDREN',
    name: 'Migrant children and child victims of trafficking',
    description:
      'Protection of migrant and unaccompanied children and of children trafficked or at risk of it.',
  },
  {
    code: 'ALTERNATIVE_CARE',
    name: 'Children in alternative care',
    description:
      'Children living outside their family: foster care, residential care and the transition to adulthood.',
  },
] as const;

export const MEASURE_KINDS = [
  { code: 'LEGISLATIVE', name: 'Legislative', description: 'Laws and regulations adopted or amended.' },
  {
    code: 'POLITICAL',
    name: 'Political (policy)',
    description: 'Strategies, action plans and policy decisions.',
  },
  {
    code: 'ADMINISTRATIVE',
    name: 'Administrative',
    description: 'Guidelines, institutions, services, funding and training.',
  },
] as const;

export const GAP_KINDS = [
  {
    code: 'SERVICES',
    name: 'Services',
    description: 'Services that are missing, insufficient or hard to reach.',
  },
  { code: 'EXPERTISE', name: 'Expertise', description: 'Knowledge and skills that professionals lack.' },
  { code: 'CAPACITY', name: 'Capacity', description: 'Staff, funding or structures that are not enough.' },
] as const;

/** Articles of the UN Convention on the Rights of the Child, with their usual short titles. */
export const UNCRC_ARTICLES: { number: number; title: string }[] = [
  'Definition of the child',
  'Non-discrimination',
  'Best interests of the child',
  'Implementation of the Convention',
  "Parental guidance and a child's evolving capacities",
  'Life, survival and development',
  'Birth registration, name, nationality and care',
  'Protection and preservation of identity',
  'Separation from parents',
  'Family reunification',
  'Abduction and non-return of children',
  'Respect for the views of the child',
  'Freedom of expression',
  'Freedom of thought, belief and religion',
  'Freedom of association',
  'Right to privacy',
  'Access to information from the media',
  'Parental responsibilities and state assistance',
  'Protection from violence, abuse and neglect',
  'Children unable to live with their family',
  'Adoption',
  'Refugee children',
  'Children with a disability',
  'Health and health services',
  'Review of treatment in care',
  'Social security',
  'Adequate standard of living',
  'Right to education',
  'Goals of education',
  'Children from minority or indigenous groups',
  'Leisure, play and culture',
  'Child labour',
  'Drug abuse',
  'Sexual exploitation',
  'Abduction, sale and trafficking',
  'Other forms of exploitation',
  'Inhumane treatment and detention',
  'War and armed conflicts',
  'Recovery and reintegration of child victims',
  'Juvenile justice',
  'Respect for higher national standards',
  'Knowledge of rights',
  'Committee on the Rights of the Child',
  'Reports by States Parties',
  'Cooperation with United Nations bodies',
  'Signature',
  'Ratification',
  'Accession',
  'Entry into force',
  'Amendments',
  'Reservations',
  'Denunciation',
  'Depositary',
  'Authentic texts',
].map((title, index) => ({ number: index + 1, title }));

/**
 * Half-year reporting periods: reports for a half-year are due two months after it ends.
 * The secretariat adds later ones (and corrects these) in the portal.
 */
export const REPORTING_PERIODS: {
  code: string;
  label: string;
  startsOn: string;
  endsOn: string;
  dueOn: string;
}[] = [2025, 2026, 2027].flatMap((year) => [
  {
    code: `${year}-H1`,
    label: `${year} H1`,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-06-30`,
    dueOn: `${year}-08-31`,
  },
  {
    code: `${year}-H2`,
    label: `${year} H2`,
    startsOn: `${year}-07-01`,
    endsOn: `${year}-12-31`,
    dueOn: `${year + 1}-02-28`,
  },
]);
