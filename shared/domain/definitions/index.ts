/** Micro-credential definitions (issue 3): pass rules, presets, validation, publishing, versions, the seed. */
export * from './passRule';
export * from './rubricPresets';
export * from './validateRubric';
export * from './publishCheck';
export * from './versioning';
export { diffVersions, describeChange, type DiffValue, type VersionChange } from './diffVersions';
export * from './seedProgram';
