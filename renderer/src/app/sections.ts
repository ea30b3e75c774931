/** The app's sections, in navigation order, with what each screen holds. */
export interface Section {
  readonly path: string;
  readonly label: string;
  readonly summary: string;
  /** What the screen will hold, for sections still being built. */
  readonly planned: readonly string[];
}

export const sections: readonly Section[] = [
  {
    path: '/programs',
    label: 'Programs',
    summary: 'Define programs and the micro-credentials learners can earn.',
    planned: [
      'Achievements with criteria, badge image, credits and validity',
      'Demonstration and reflection rubrics with pass rules',
      'Industry endorsements and alignments to the institution’s frameworks',
      'A publish check that enforces the micro-credential framework',
    ],
  },
  {
    path: '/intake',
    label: 'Intake',
    summary: 'Bring in rosters and learners’ evidence.',
    planned: [
      'Roster import from CSV with a validation report',
      'Submissions from folders or Moodle, Brightspace and Canvas downloads',
      'A verified, content-addressed evidence store and safe previews',
    ],
  },
  {
    path: '/marking',
    label: 'Marking',
    summary: 'Mark demonstrations and reflections against their rubrics.',
    planned: [
      'Your queue, with “next unmarked” one key away',
      'Keyboard-first rubric marking beside the evidence',
      'Reflection review with tagged passages, and feedback for learners',
    ],
  },
  {
    path: '/moderation',
    label: 'Moderation',
    summary: 'Moderate marking and approve in batches.',
    planned: [
      'Signed marking bundles from assessors',
      'Second marking of a risk-based sample and agreement statistics',
      'Exceptions first, then batch approval',
    ],
  },
  {
    path: '/issuing',
    label: 'Issuing',
    summary: 'Issue signed Open Badges and the registrar package.',
    planned: [
      'Signed Open Badges 3.0 credentials and baked badge images',
      'The registrar package: report, SIS import, status list, audit extract',
      'Revocation and re-issue',
    ],
  },
  {
    path: '/verify',
    label: 'Verify',
    summary: 'Check credentials and packages without calling anyone.',
    planned: [
      'Proof, issuer key, validity dates and revocation status',
      'Registrar package manifests and checksums',
      'Open Badges 3.0, older 3.0 and 2.0 baked badges',
    ],
  },
  {
    path: '/settings',
    label: 'Settings',
    summary: 'Your identity, this workspace and how Attest looks.',
    planned: [],
  },
];
