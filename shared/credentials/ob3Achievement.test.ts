import { describe, expect, it } from 'vitest';
import { toOb3Achievement } from './ob3Achievement';
import type { Ob3AchievementOptions } from './ob3Achievement';
import { toUnsignedOb3Endorsement } from './ob3Endorsement';
import { ob3AchievementId } from './ob3Ids';
import type { Ob3EndorsementCredential, Ob3ResultDescription } from './ob3Types';
import {
  SAMPLE_FRAMEWORKS,
  sampleDemonstrationRubric,
  sampleVersion,
} from './testing/sampleDefinitions';

const BASE = 'https://credentials.example.edu/achievements/';
const options: Ob3AchievementOptions = {
  achievementIdBase: BASE,
  institutionFrameworks: SAMPLE_FRAMEWORKS,
};

function descriptions(result = toOb3Achievement(sampleVersion(), options)): Ob3ResultDescription[] {
  return [...(result.resultDescription ?? [])];
}

function named(name: string): Ob3ResultDescription {
  const found = descriptions().find((rd) => rd.name === name);
  if (found === undefined) throw new Error(`no ResultDescription named ${name}`);
  return found;
}

describe('toOb3Achievement: the achievement', () => {
  it('maps the version fields to their OB 3.0 terms', () => {
    const achievement = toOb3Achievement(sampleVersion(), options);
    expect(achievement).toMatchObject({
      type: ['Achievement'],
      achievementType: 'MicroCredential',
      name: 'Statistical Analysis Software',
      humanCode: 'MC-SAS-101',
      version: '1',
      creditsAvailable: 1.5,
      tag: ['statistics', 'data analysis'],
      otherIdentifier: [
        {
          type: 'IdentifierEntry',
          identifier: sampleVersion().achievementId,
          identifierType: 'systemId',
        },
      ],
    });
    expect(achievement.criteria.narrative).toBe(sampleVersion().criteriaNarrative);
    expect(achievement).not.toHaveProperty('image');
    expect(achievement).not.toHaveProperty('creator');
  });

  it('gives each achievement version a stable id of its own', () => {
    const v1 = sampleVersion();
    const v2 = sampleVersion({ id: 'c0000000-0000-4000-8000-000000000002', version: 2 });
    expect(toOb3Achievement(v1, options).id).toBe(`${BASE}a0000000-0000-4000-8000-000000000001/v1`);
    expect(toOb3Achievement(v1, options)).toEqual(toOb3Achievement(sampleVersion(), options));
    expect(toOb3Achievement(v2, options).id).not.toBe(toOb3Achievement(v1, options).id);
    expect(ob3AchievementId(v2, 'urn:uuid:')).toBe('urn:uuid:c0000000-0000-4000-8000-000000000002');
  });

  it('refuses a urn:uuid id for a version whose id is not a UUID', () => {
    expect(() => ob3AchievementId(sampleVersion({ id: 'seed-1' }), 'urn:uuid:')).toThrow(
      RangeError,
    );
  });

  it('adds the image and creator only when given', () => {
    const creator = {
      id: 'https://www.example.edu',
      type: ['Profile'],
      name: 'Example College',
    } as const;
    const achievement = toOb3Achievement(sampleVersion(), {
      ...options,
      imageUri: 'data:image/png;base64,iVBORw0KGgo=',
      creator,
    });
    expect(achievement.image).toEqual({ id: 'data:image/png;base64,iVBORw0KGgo=', type: 'Image' });
    expect(achievement.creator).toEqual(creator);
  });

  it('omits what the version leaves empty, and holds only JSON values', () => {
    const achievement = toOb3Achievement(
      sampleVersion({ humanCode: '', tags: [], creditsAvailable: null, alignments: [] }),
      options,
    );
    for (const key of ['humanCode', 'tag', 'creditsAvailable', 'alignment']) {
      expect(achievement).not.toHaveProperty(key);
    }
    expect(JSON.parse(JSON.stringify(achievement))).toEqual(achievement);
  });
});

describe('toOb3Achievement: alignments', () => {
  it('completes an institution alignment from its framework', () => {
    const [values, skills] = toOb3Achievement(sampleVersion(), options).alignment ?? [];
    expect(values).toEqual({
      type: ['Alignment'],
      targetName: 'Integrity',
      targetUrl: 'https://www.example.edu/about/values#integrity',
      targetCode: 'V-INT',
      targetDescription: 'We act honestly and ethically.',
      targetFramework: 'Institutional Values',
      targetType: 'ext:InstitutionFramework',
    });
    expect(skills).toMatchObject({
      targetFramework: 'Skills Framework for the Information Age',
      targetType: 'CFItem',
    });
  });
});

describe('toOb3Achievement: rubrics as ResultDescriptions', () => {
  it('emits one per criterion of both rubrics, then a total per rubric', () => {
    expect(descriptions().map((rd) => `${rd.name} [${rd.resultType}]`)).toEqual([
      'Demonstration: Imports and cleans a real data set [RubricCriterionLevel]',
      'Demonstration: Chooses and runs an appropriate analysis [RubricCriterionLevel]',
      'Demonstration: Interprets output for a non-specialist [RubricCriterionLevel]',
      'Demonstration: Documents the workflow reproducibly [RubricCriterionLevel]',
      'Demonstration: weighted total [RubricScore]',
      'Reflection: Depth of reflection [RubricCriterionLevel]',
      'Reflection: weighted total [RubricScore]',
    ]);
  });

  it('keeps the levels in rubric order, low to high, with points as strings', () => {
    const rd = named('Demonstration: Chooses and runs an appropriate analysis');
    const levels = rd.rubricCriterionLevel ?? [];
    expect(levels.map((l) => [l.name, l.level, l.points])).toEqual([
      ['Beginning', 'Beginning', '1'],
      ['Developing', 'Developing', '2'],
      ['Proficient', 'Proficient', '3'],
      ['Exemplary', 'Exemplary', '4'],
    ]);
    expect(rd.allowedValue).toEqual(['Beginning', 'Developing', 'Proficient', 'Exemplary']);
    for (const level of levels) {
      expect(level.type).toEqual(['RubricCriterionLevel']);
      expect(typeof level.points).toBe('string');
      expect(level.description).toMatch(/^\w+: /);
    }
  });

  it('points requiredLevel at one of its own levels: the pass rule level of a required criterion', () => {
    for (const rd of descriptions().filter((d) => d.resultType === 'RubricCriterionLevel')) {
      if (rd.requiredLevel === undefined) continue;
      const ids = (rd.rubricCriterionLevel ?? []).map((level) => level.id);
      expect(ids).toContain(rd.requiredLevel);
    }
    const analyse = named('Demonstration: Chooses and runs an appropriate analysis');
    expect(analyse.requiredLevel).toBe(analyse.rubricCriterionLevel?.[2]?.id);
    expect(named('Reflection: Depth of reflection').requiredLevel).toMatch(/depth-level-3$/);
    expect(named('Demonstration: Documents the workflow reproducibly')).not.toHaveProperty(
      'requiredLevel',
    );
  });

  it('asks for the top level when the rule index is past a criterion, and for none without an index', () => {
    const rubric = sampleDemonstrationRubric();
    const high = toOb3Achievement(
      sampleVersion({
        demonstrationRubric: { ...rubric, passRule: { minLevelIndex: 9, minTotal: null } },
      }),
      options,
    );
    const first = high.resultDescription?.[0];
    expect(first?.requiredLevel).toBe(first?.rubricCriterionLevel?.[3]?.id);
    const totalOnly = toOb3Achievement(
      sampleVersion({
        demonstrationRubric: { ...rubric, passRule: { minLevelIndex: null, minTotal: 10 } },
      }),
      options,
    );
    expect(totalOnly.resultDescription?.slice(0, 4).some((rd) => 'requiredLevel' in rd)).toBe(
      false,
    );
  });

  it('states the weighted total range and the pass rule minimum as strings', () => {
    expect(named('Demonstration: weighted total')).toMatchObject({
      valueMin: '0',
      valueMax: '22',
      requiredValue: '12',
    });
    const reflection = named('Reflection: weighted total');
    expect(reflection).toMatchObject({ valueMin: '0', valueMax: '3' });
    expect(reflection).not.toHaveProperty('requiredValue');
  });

  it('gives every ResultDescription and level a distinct URI under the achievement id', () => {
    const achievement = toOb3Achievement(sampleVersion(), { achievementIdBase: 'urn:uuid:' });
    const ids = (achievement.resultDescription ?? []).flatMap((rd) => [
      rd.id,
      ...(rd.rubricCriterionLevel ?? []).map((level) => level.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(`${achievement.id}#`)).toBe(true);
  });
});

describe('toOb3Achievement: endorsements', () => {
  const version = sampleVersion();
  const achievementId = ob3AchievementId(version, BASE);
  const [partner] = version.endorsements;
  if (partner === undefined) throw new Error('fixture has an endorsement');
  const unsigned = toUnsignedOb3Endorsement(partner, {
    achievementId,
    achievementName: version.name,
    credentialId: 'urn:uuid:e0000000-0000-4000-8000-000000000001',
    endorserId: 'did:web:northwind.example.com',
  });

  it('emits no endorsement (and never endorsementJwt) until a partner has signed one', () => {
    const achievement = toOb3Achievement(version, options);
    expect(achievement).not.toHaveProperty('endorsement');
    expect(achievement).not.toHaveProperty('endorsementJwt');
  });

  it('prepares the unsigned endorsement a partner would sign', () => {
    expect(unsigned).toMatchObject({
      type: ['VerifiableCredential', 'EndorsementCredential'],
      issuer: { id: 'did:web:northwind.example.com', name: 'Northwind Analytics' },
      validFrom: '2025-01-10T00:00:00Z',
      credentialSubject: {
        id: achievementId,
        type: ['EndorsementSubject'],
        endorsementComment: 'These are the analysis skills we hire for.',
      },
    });
  });

  it('carries signed endorsements through', () => {
    const signed: Ob3EndorsementCredential = {
      ...unsigned,
      proof: [
        {
          type: 'DataIntegrityProof',
          cryptosuite: 'eddsa-rdfc-2022',
          created: '2025-01-11T00:00:00Z',
          verificationMethod: 'did:web:northwind.example.com#key-1',
          proofPurpose: 'assertionMethod',
          proofValue:
            'z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk9czhSePTFehP8c3PGfb6a22gkfUKods5D2UARSE1',
        },
      ],
    };
    expect(toOb3Achievement(version, { ...options, endorsement: [signed] }).endorsement).toEqual([
      signed,
    ]);
  });
});
