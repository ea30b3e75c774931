/** The marking workbench's decisions (issue 5): pure, no runtime imports. */
export * from './history';
export * from './markingDraft';
export * from './decisionRules';
export * from './graphemes';
export * from './tagRanges';
export * from './reflectionDepth';
export * from './resubmission';
export * from './blind';
export * from './closingAssessment';
