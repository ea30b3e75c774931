/**
 * The OB 3.0 mapping against the published artefacts in ../shared/spec: the
 * 1EdTech JSON schemas (what the validator checks) and the JSON-LD contexts
 * (what safe-mode signing needs). Skipped, with one message, when the spec
 * folder is not beside the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { AchievementVersion } from '../domain/entities';
import { toOb3Achievement } from './ob3Achievement';
import type { Ob3AchievementOptions } from './ob3Achievement';
import { toUnsignedOb3Endorsement } from './ob3Endorsement';
import { ob3AchievementId } from './ob3Ids';
import type { Ob3Achievement, Ob3EndorsementCredential } from './ob3Types';
import { SAMPLE_FRAMEWORKS, sampleVersion } from './testing/sampleDefinitions';
import { undefinedJsonLdTerms } from './testing/undefinedJsonLdTerms';

const SPEC = resolve(__dirname, '../../../shared/spec');
const ACHIEVEMENT_SCHEMA = join(SPEC, 'schemas/ob_v3p0_achievementcredential.json');
const hasSpec = existsSync(ACHIEVEMENT_SCHEMA);
if (!hasSpec) console.warn(`OB 3.0 schema tests skipped: ${SPEC} not found`);

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(join(SPEC, relative), 'utf8'));
}

function readSchema(relative: string): object {
  const schema = readJson(relative);
  if (typeof schema !== 'object' || schema === null) throw new Error(`${relative} is not a schema`);
  return schema;
}

const CONTEXTS = ['contexts/credentials-v2.jsonld', 'contexts/ob_v3p0_context-3.0.3.json'];

/** A minimal OpenBadgeCredential around an achievement (unknown: the negative tests break it). */
function credentialAround(achievement: unknown): Record<string, unknown> {
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: 'urn:uuid:d0000000-0000-4000-8000-000000000001',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Statistical Analysis Software',
    issuer: {
      id: 'did:key:z6MkvKZ59GZhWzZPDiFnt71oiM12ennczwJNTjkz7dxvDNid',
      type: ['Profile'],
      name: 'Example College',
    },
    validFrom: '2025-02-01T00:00:00Z',
    credentialSubject: { type: ['AchievementSubject'], achievement },
  };
}

function signedEndorsement(version: AchievementVersion, base: string): Ob3EndorsementCredential {
  const [partner] = version.endorsements;
  if (partner === undefined) throw new Error('fixture has an endorsement');
  const unsigned = toUnsignedOb3Endorsement(partner, {
    achievementId: ob3AchievementId(version, base),
    achievementName: version.name,
    credentialId: 'urn:uuid:e0000000-0000-4000-8000-000000000001',
    endorserId: 'did:web:northwind.example.com',
  });
  const proof = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created: '2025-01-11T00:00:00Z',
    verificationMethod: 'did:web:northwind.example.com#key-1',
    proofPurpose: 'assertionMethod',
    proofValue:
      'z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk9czhSePTFehP8c3PGfb6a22gkfUKods5D2UARSE1',
  } as const;
  return { ...unsigned, proof: [proof] };
}

/** The mapping under every option, from the fullest to the barest version. */
function cases(): [string, Ob3Achievement][] {
  const full = sampleVersion();
  const fullOptions: Ob3AchievementOptions = {
    achievementIdBase: 'urn:uuid:',
    institutionFrameworks: SAMPLE_FRAMEWORKS,
    imageUri: 'data:image/png;base64,iVBORw0KGgo=',
    creator: {
      id: 'https://www.example.edu',
      type: ['Profile'],
      name: 'Example College',
      url: 'https://www.example.edu',
    },
    endorsement: [signedEndorsement(full, 'urn:uuid:')],
  };
  const bare = sampleVersion({
    state: 'draft',
    publishedAt: null,
    humanCode: '',
    tags: [],
    creditsAvailable: null,
    alignments: [],
    endorsements: [],
    image: null,
  });
  return [
    ['full, urn:uuid ids', toOb3Achievement(full, fullOptions)],
    [
      'https ids',
      toOb3Achievement(full, {
        achievementIdBase: 'https://credentials.example.edu/achievements/',
      }),
    ],
    ['bare draft', toOb3Achievement(bare, { achievementIdBase: 'urn:uuid:' })],
  ];
}

function loadSpec() {
  // Strict, except tuples: the 1EdTech schemas use 2-item `items` arrays without maxItems.
  const ajv = new Ajv2019({ allErrors: true, strict: true, strictTuples: false });
  addFormats(ajv);
  return {
    credentialSchema: ajv.compile(readSchema('schemas/ob_v3p0_achievementcredential.json')),
    endorsementSchema: ajv.compile(readSchema('schemas/ob_v3p0_endorsementcredential.json')),
    contexts: CONTEXTS.map(readJson),
  };
}

let loaded: ReturnType<typeof loadSpec> | undefined;
/** Read on first use, so nothing is read when the suite is skipped. */
function spec(): ReturnType<typeof loadSpec> {
  loaded ??= loadSpec();
  return loaded;
}

describe.skipIf(!hasSpec)('OB 3.0 mapping against ../shared/spec', () => {
  it.each(cases())(
    '%s: a credential carrying it passes the AchievementCredential schema',
    (_, achievement) => {
      const { credentialSchema } = spec();
      const valid = credentialSchema(credentialAround(achievement));
      expect(credentialSchema.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    },
  );

  it.each(cases())(
    '%s: every term and type is defined in the VC 2.0 + OB 3.0.3 contexts',
    (_, achievement) => {
      expect(undefinedJsonLdTerms(credentialAround(achievement), spec().contexts)).toEqual([]);
    },
  );

  it('the prepared endorsement passes the EndorsementCredential schema and the contexts', () => {
    const { endorsementSchema, contexts } = spec();
    const endorsement = signedEndorsement(sampleVersion(), 'urn:uuid:');
    expect(endorsementSchema(endorsement)).toBe(true);
    expect(undefinedJsonLdTerms(endorsement, contexts)).toEqual([]);
  });

  it('the schema check would catch a broken achievement', () => {
    const { credentialSchema } = spec();
    const achievement = toOb3Achievement(sampleVersion(), { achievementIdBase: 'urn:uuid:' });
    const withoutCriteria = Object.fromEntries(
      Object.entries(achievement).filter(([key]) => key !== 'criteria'),
    );
    expect(credentialSchema(credentialAround(withoutCriteria))).toBe(false);
    expect(credentialSchema(credentialAround({ ...achievement, achievementType: 'Micro' }))).toBe(
      false,
    );
  });

  it('the term check accepts a known-good credential and catches endorsementJwt, which 3.0.3 lacks', () => {
    const { contexts } = spec();
    expect(
      undefinedJsonLdTerms(readJson('examples/generated/ob30-rubric-unsigned.json'), [
        ...contexts,
        readJson('contexts/ob_v3p0_extensions.json'),
      ]),
    ).toEqual([]);
    const achievement = toOb3Achievement(sampleVersion(), { achievementIdBase: 'urn:uuid:' });
    const problems = undefinedJsonLdTerms(
      credentialAround({
        ...achievement,
        endorsementJwt: ['a.b.c'],
        type: ['Achievement', 'Badge'],
      }),
      contexts,
    );
    expect(problems).toEqual([
      'credentialSubject.achievement.type: type "Badge" is not defined',
      'credentialSubject.achievement.endorsementJwt: term "endorsementJwt" is not defined',
    ]);
  });
});
