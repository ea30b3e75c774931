/**
 * Alignment records → OB 3.0 `Alignment`. An alignment to one of the
 * institution's frameworks borrows what the lead left empty (framework name,
 * url, the item's description) from the framework edited in Settings, and is
 * typed `ext:InstitutionFramework` unless the lead chose a type.
 */
import type { Alignment, AlignmentTargetType, InstitutionFramework } from '../domain/entities';
import type { Ob3Alignment, Ob3AlignmentTargetType } from './ob3Types';

export const INSTITUTION_FRAMEWORK_TARGET_TYPE = 'ext:InstitutionFramework';

/** The OB 3.0 value of a stored target type (the stored vocabulary is OB 3.0's own). */
export function ob3TargetType(type: AlignmentTargetType): Ob3AlignmentTargetType {
  return type;
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : value;
}

export function toOb3Alignment(
  alignment: Alignment,
  frameworks: readonly InstitutionFramework[] = [],
): Ob3Alignment {
  const framework =
    alignment.institutionFrameworkId === null
      ? undefined
      : frameworks.find((candidate) => candidate.id === alignment.institutionFrameworkId);
  const item =
    framework === undefined || alignment.targetCode === null
      ? undefined
      : framework.items.find((candidate) => candidate.code === alignment.targetCode);
  const targetType =
    alignment.targetType === null
      ? alignment.institutionFrameworkId === null
        ? undefined
        : INSTITUTION_FRAMEWORK_TARGET_TYPE
      : ob3TargetType(alignment.targetType);
  const targetCode = nonEmpty(alignment.targetCode);
  const targetDescription = nonEmpty(alignment.targetDescription) ?? nonEmpty(item?.description);
  const targetFramework = nonEmpty(alignment.targetFramework) ?? nonEmpty(framework?.name);
  return {
    type: ['Alignment'],
    targetName: alignment.targetName,
    targetUrl: nonEmpty(alignment.targetUrl) ?? framework?.url ?? '',
    ...(targetCode === undefined ? {} : { targetCode }),
    ...(targetDescription === undefined ? {} : { targetDescription }),
    ...(targetFramework === undefined ? {} : { targetFramework }),
    ...(targetType === undefined ? {} : { targetType }),
  };
}
