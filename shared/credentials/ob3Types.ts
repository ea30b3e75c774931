/**
 * The Open Badges 3.0 shapes Attest emits, typed locally (no OB library is
 * pure TypeScript). Property names are exactly the spec's and every one is a
 * term of the OB 3.0.3 or VC 2.0 JSON-LD context, so JSON-LD safe mode never
 * meets an undefined term when the credential is signed. Deliberately absent:
 * `endorsementJwt` — the JSON schema lists it, but context-3.0.3 defines no
 * such term, so a Data Integrity proof over it would fail in safe mode.
 */

/** IRI types in the spec are unordered sets: the named type must be among them. */
export type TypeSet<T extends string> = readonly [T, ...string[]];

export interface Ob3Image {
  /** https URL or data: URI of the image. */
  readonly id: string;
  readonly type: 'Image';
  readonly caption?: string;
}

export interface Ob3Criteria {
  readonly id?: string;
  /** Markdown. */
  readonly narrative?: string;
}

/** `targetType` values of the spec, plus the `ext:` extension convention. */
export type Ob3AlignmentTargetType =
  | 'ceasn:Competency'
  | 'ceterms:Credential'
  | 'CFItem'
  | 'CFRubric'
  | 'CFRubricCriterion'
  | 'CFRubricCriterionLevel'
  | 'CTDL'
  | `ext:${string}`;

export interface Ob3Alignment {
  readonly type: TypeSet<'Alignment'>;
  readonly targetName: string;
  readonly targetUrl: string;
  readonly targetCode?: string;
  readonly targetDescription?: string;
  readonly targetFramework?: string;
  readonly targetType?: Ob3AlignmentTargetType;
}

export interface Ob3RubricCriterionLevel {
  readonly id: string;
  readonly type: TypeSet<'RubricCriterionLevel'>;
  readonly name: string;
  readonly description?: string;
  readonly level?: string;
  /** A string in OB 3.0, e.g. "3" or "2.5". */
  readonly points?: string;
  readonly alignment?: readonly Ob3Alignment[];
}

export type Ob3ResultType =
  | 'GradePointAverage'
  | 'LetterGrade'
  | 'Percent'
  | 'PerformanceLevel'
  | 'PredictedScore'
  | 'RawScore'
  | 'Result'
  | 'RubricCriterion'
  | 'RubricCriterionLevel'
  | 'RubricScore'
  | 'ScaledScore'
  | 'Status'
  | `ext:${string}`;

export interface Ob3ResultDescription {
  readonly id: string;
  readonly type: TypeSet<'ResultDescription'>;
  readonly name: string;
  readonly resultType: Ob3ResultType;
  readonly alignment?: readonly Ob3Alignment[];
  /** Ordered low → high. */
  readonly allowedValue?: readonly string[];
  /** The `id` of one of this description's `rubricCriterionLevel`s. */
  readonly requiredLevel?: string;
  readonly requiredValue?: string;
  /** Ordered low → high. */
  readonly rubricCriterionLevel?: readonly Ob3RubricCriterionLevel[];
  readonly valueMax?: string;
  readonly valueMin?: string;
}

export type Ob3IdentifierType =
  'name' | 'sourcedId' | 'systemId' | 'productId' | 'identifier' | `ext:${string}`;

export interface Ob3IdentifierEntry {
  readonly type: 'IdentifierEntry';
  readonly identifier: string;
  readonly identifierType: Ob3IdentifierType;
}

/** An issuer, creator or endorser. Only the members Attest fills are listed. */
export interface Ob3Profile {
  readonly id: string;
  readonly type: TypeSet<'Profile'>;
  readonly name?: string;
  readonly url?: string;
  readonly email?: string;
  readonly description?: string;
  readonly image?: Ob3Image;
  readonly otherIdentifier?: readonly Ob3IdentifierEntry[];
}

export interface Ob3DataIntegrityProof {
  readonly type: 'DataIntegrityProof';
  readonly cryptosuite: string;
  readonly created: string;
  readonly verificationMethod: string;
  readonly proofPurpose: 'assertionMethod';
  readonly proofValue: string;
}

export interface Ob3EndorsementSubject {
  /** What is endorsed: here, the Achievement's `id`. */
  readonly id: string;
  readonly type: TypeSet<'EndorsementSubject'>;
  /** Markdown. */
  readonly endorsementComment?: string;
}

/** An EndorsementCredential before anyone has signed it. */
export interface Ob3UnsignedEndorsementCredential {
  readonly '@context': readonly [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ];
  readonly id: string;
  readonly type: readonly ['VerifiableCredential', 'EndorsementCredential'];
  readonly name: string;
  readonly description?: string;
  readonly issuer: Ob3Profile;
  readonly validFrom: string;
  readonly awardedDate?: string;
  readonly credentialSubject: Ob3EndorsementSubject;
}

/** What `Achievement.endorsement` holds: an endorsement signed by the endorser. */
export interface Ob3EndorsementCredential extends Ob3UnsignedEndorsementCredential {
  readonly proof: readonly [Ob3DataIntegrityProof, ...Ob3DataIntegrityProof[]];
}

export type Ob3AchievementType = 'MicroCredential';

export interface Ob3Achievement {
  readonly id: string;
  readonly type: TypeSet<'Achievement'>;
  readonly name: string;
  readonly description: string;
  readonly criteria: Ob3Criteria;
  readonly achievementType: Ob3AchievementType;
  readonly humanCode?: string;
  readonly version?: string;
  readonly image?: Ob3Image;
  readonly creator?: Ob3Profile;
  readonly creditsAvailable?: number;
  readonly tag?: readonly string[];
  readonly alignment?: readonly Ob3Alignment[];
  readonly endorsement?: readonly Ob3EndorsementCredential[];
  readonly resultDescription?: readonly Ob3ResultDescription[];
  readonly otherIdentifier?: readonly Ob3IdentifierEntry[];
}
