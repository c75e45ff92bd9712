// Demo members: fictional people in real delegations, one per member state plus the
// secretariat, the chair and a European Commission observer.
import type { Role } from '../../generated/prisma/enums';

export interface DemoMember {
  email: string;
  name: string;
  title: string;
  roles: Role[];
  delegation: string | null;
  timeZone: string;
}

const delegate = (code: string, name: string, title: string, timeZone: string): DemoMember => ({
  email: `delegate.${code}@egcc.example`,
  name,
  title,
  roles: ['DELEGATE'],
  delegation: code,
  timeZone,
});

export const DEMO_MEMBERS: DemoMember[] = [
  {
    email: 'admin@egcc.example',
    name: 'Astrid Holm',
    title: "Senior Adviser, Children's Unit, CBSS Secretariat",
    roles: ['ADMIN'],
    delegation: null,
    timeZone: 'Europe/Stockholm',
  },
  {
    email: 'chair@egcc.example',
    name: 'Mikko Virtanen',
    title: 'Ministerial Adviser; Chair of the EGCC',
    roles: ['CHAIR', 'DELEGATE'],
    delegation: 'fi',
    timeZone: 'Europe/Helsinki',
  },
  {
    email: 'observer@egcc.example',
    name: 'Claire Dubois',
    title: 'Policy Officer, Rights of the Child',
    roles: ['OBSERVER'],
    delegation: 'ec',
    timeZone: 'Europe/Brussels',
  },
  delegate('dk', 'Mette Nielsen', 'Head of Section', 'Europe/Copenhagen'),
  delegate('ee', 'Kadri Tamm', 'Chief Specialist, Children and Families', 'Europe/Tallinn'),
  delegate('fi', 'Laura Korhonen', 'Senior Specialist', 'Europe/Helsinki'),
  delegate('de', 'Jonas Becker', 'Head of Division, Child and Youth Protection', 'Europe/Berlin'),
  delegate('is', 'Guðrún Jónsdóttir', 'Specialist, Child Protection', 'Atlantic/Reykjavik'),
  delegate('lv', 'Ilze Bērziņa', "Senior Expert, Children's Rights", 'Europe/Riga'),
  delegate('lt', 'Rūta Kazlauskienė', 'Chief Adviser, Child Welfare', 'Europe/Vilnius'),
  delegate('no', 'Ingrid Hansen', 'Senior Adviser', 'Europe/Oslo'),
  delegate('pl', 'Katarzyna Wójcik', 'Chief Expert, Family Policy', 'Europe/Warsaw'),
  delegate('se', 'Erik Lindqvist', 'Desk Officer, Social Services', 'Europe/Stockholm'),
  // Russia withdrew in 2022: this member cannot sign in, but what they wrote stays on record.
  delegate('ru', 'Olga Ivanova', 'Consultant', 'Europe/Moscow'),
];
