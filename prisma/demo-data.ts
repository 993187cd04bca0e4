// Who is in the demo partnership. Fictional institutions in real cities; codes follow the Erasmus
// ("NL ROTTERD05") and SCHAC (home domain) conventions but belong to no real university.
// Every account's password is `consort-demo` (DEMO_PASSWORD in tests/factories).

export const DEMO_MARKER_EMAIL = "admin@consort.test";

export const DEMO_INSTITUTIONS = {
  rijnmond: {
    name: "Rijnmond University",
    shortName: "RMU",
    country: "Netherlands",
    city: "Rotterdam",
    erasmusCode: "NL ROTTERD05",
    schacCode: "rijnmond-university.nl",
  },
  levante: {
    name: "Universidad del Levante",
    shortName: "ULEV",
    country: "Spain",
    city: "Valencia",
    erasmusCode: "E VALENCI12",
    schacCode: "ulevante.es",
  },
  vistula: {
    name: "Vistula University of Technology",
    shortName: "VUT",
    country: "Poland",
    city: "Kraków",
    erasmusCode: "PL KRAKOW20",
    schacCode: "vut.edu.pl",
  },
  lyon: {
    name: "Université Lumière-Confluence",
    shortName: "ULC",
    country: "France",
    city: "Lyon",
    erasmusCode: "F LYON150",
    schacCode: "univ-confluence.fr",
  },
  turku: {
    name: "Åbo Coastal University",
    shortName: "ACU",
    country: "Finland",
    city: "Turku",
    erasmusCode: "SF TURKU09",
    schacCode: "abocoastal.fi",
  },
  danube: {
    name: "Danube University of Applied Sciences",
    shortName: "DUAS",
    country: "Austria",
    city: "Graz",
    erasmusCode: "A GRAZ12",
    schacCode: "duas.ac.at",
  },
} as const;

type InstitutionKey = keyof typeof DEMO_INSTITUTIONS;
/** programmeCreator: may start programmes (the team leaders, and the lead university's own programme team). */
type DemoPerson = { name: string; email: string; institution: InstitutionKey | null; deactivated?: boolean; programmeCreator?: boolean };

export const DEMO_PEOPLE = {
  admin: { name: "Ada Lindqvist", email: "admin@consort.test", institution: null },
  leader: { name: "Dr. Marieke de Vries", email: "leader@consort.test", institution: "rijnmond", programmeCreator: true },
  partner: { name: "Javier Morales Gil", email: "partner@consort.test", institution: "levante" },
  taskforce: { name: "Katarzyna Nowak", email: "taskforce@consort.test", institution: "vistula" },
  outsider: { name: "Oskar Huber", email: "outsider@consort.test", institution: "danube", programmeCreator: true },
  tomasz: { name: "Tomasz Wiśniewski", email: "tomasz.wisniewski@vut.test", institution: "vistula" },
  camille: { name: "Camille Laurent", email: "camille.laurent@univ-confluence.test", institution: "lyon" },
  aino: { name: "Aino Virtanen", email: "aino.virtanen@abocoastal.test", institution: "turku" },
  pieter: { name: "Pieter Jansen", email: "pieter.jansen@rijnmond.test", institution: "rijnmond", programmeCreator: true },
  sanne: { name: "Sanne Bakker", email: "sanne.bakker@rijnmond.test", institution: "rijnmond", programmeCreator: true },
  lucia: { name: "Lucía Fernández", email: "lucia.fernandez@ulevante.test", institution: "levante" },
  elena: { name: "Elena Ruiz Ortega", email: "elena.ruiz@ulevante.test", institution: "levante" },
  /** Left the project: deactivated, cannot sign in, still shown (inactive) on People. */
  dieter: { name: "Dieter Vogel", email: "dieter.vogel@univ-confluence.test", institution: "lyon", deactivated: true },
} as const satisfies Record<string, DemoPerson>;

export const MAIN_PROGRAMME = {
  title: "Climate-Resilient Urban Water Management",
  summary:
    "A joint micro-credential for water professionals and municipal planners: five partner universities co-design three courses on climate adaptation, urban drainage and water governance, with a blended week of fieldwork in Valencia.",
  ects: 15,
  eqfLevel: 7,
  deliveryMode: "BLENDED",
  plannedStart: new Date("2027-09-01T00:00:00Z"),
} as const;

export const SECOND_PROGRAMME = {
  title: "Data Literacy for Public Servants",
  summary: "An online micro-credential on working with open data, statistics and dashboards in public administration.",
  ects: 5,
  eqfLevel: 6,
  deliveryMode: "ONLINE",
  plannedStart: new Date("2027-02-01T00:00:00Z"),
} as const;
