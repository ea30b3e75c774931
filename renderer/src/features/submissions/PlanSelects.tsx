import { NativeSelect } from '@mantine/core';
import type { EvidenceRole, Id, Learner } from '../../../../shared/domain';
import type { PlanItem } from './model';
import { roleLabels } from './model';

const roles: readonly EvidenceRole[] = ['demonstration', 'reflection', 'attestation'];

function isRole(value: string): value is EvidenceRole {
  return roles.some((role) => role === value);
}

export interface RoleSelectProps {
  readonly entry: PlanItem;
  readonly onRole: (path: string, role: EvidenceRole) => void;
}

/** The role of one file (a native select: keyboard and screen readers work as usual). */
export function RoleSelect({ entry, onRole }: RoleSelectProps) {
  return (
    <NativeSelect
      aria-label={`Role of ${entry.item.fileName}`}
      value={entry.role}
      data={roles.map((role) => ({ value: role, label: roleLabels[role] }))}
      onChange={(event) => {
        const { value } = event.currentTarget;
        if (isRole(value)) onRole(entry.item.path, value);
      }}
    />
  );
}

export interface LearnerSelectProps {
  readonly entry: PlanItem;
  readonly learners: readonly Learner[];
  readonly onAssign: (path: string, learnerId: Id | null) => void;
}

/** Who an unmatched file belongs to. */
export function LearnerSelect({ entry, learners, onAssign }: LearnerSelectProps) {
  return (
    <NativeSelect
      aria-label={`Learner for ${entry.item.fileName}`}
      value={entry.learnerId ?? ''}
      data={[
        { value: '', label: 'Not assigned' },
        ...learners.map((l) => ({ value: l.id, label: `${l.name} (${l.studentNumber})` })),
      ]}
      onChange={(event) => {
        const { value } = event.currentTarget;
        onAssign(entry.item.path, value === '' ? null : value);
      }}
    />
  );
}
