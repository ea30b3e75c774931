import type {
  Alignment,
  AlignmentTargetType,
  InstitutionFramework,
} from '../../../../../shared/domain';
import { alignmentTargetTypes } from '../../../../../shared/domain';

export const targetTypes = alignmentTargetTypes;

export function isTargetType(value: string): value is AlignmentTargetType {
  return (targetTypes as readonly string[]).includes(value);
}

/** Select options for every item of every institution framework: value `frameworkId::itemCode`. */
export function institutionOptions(frameworks: readonly InstitutionFramework[]) {
  return frameworks.map((framework) => ({
    group: framework.name,
    items: framework.items.map((item) => ({
      value: `${framework.id}::${item.code}`,
      label: `${item.code} — ${item.name}`,
    })),
  }));
}

/** The alignment for a chosen institution framework item, or null when the option is unknown. */
export function institutionAlignment(
  frameworks: readonly InstitutionFramework[],
  option: string,
  id: string,
): Alignment | null {
  const [frameworkId, code] = option.split('::');
  const framework = frameworks.find((f) => f.id === frameworkId);
  const item = framework?.items.find((i) => i.code === code);
  if (framework === undefined || item === undefined) return null;
  return {
    id,
    institutionFrameworkId: framework.id,
    targetName: item.name,
    targetCode: item.code,
    targetFramework: framework.name,
    targetUrl: framework.url,
    targetDescription: item.description === '' ? null : item.description,
    targetType: 'ext:InstitutionFramework',
  };
}

export function emptyExternalAlignment(id: string): Alignment {
  return {
    id,
    institutionFrameworkId: null,
    targetName: '',
    targetCode: null,
    targetFramework: null,
    targetUrl: '',
    targetDescription: null,
    targetType: null,
  };
}

/** An empty text field means "not set". */
export function textOrNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}
