export * from './ids';
export * from './rubric';
export * from './entities';
export * from './workflow';
export * from './assertNever';
export * from './submissionContent';
