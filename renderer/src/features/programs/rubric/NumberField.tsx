import { NumberInput } from '@mantine/core';
import type { NumberInputProps } from '@mantine/core';
import { useState } from 'react';

export interface NumberFieldProps extends Omit<NumberInputProps, 'value' | 'onChange' | 'onBlur'> {
  /** `null` (or a non-finite number) shows an empty field. */
  readonly value: number | null;
  /** Called with every complete number typed, and with `null` when emptied if `allowEmpty`. */
  readonly onCommit: (value: number | null) => void;
  readonly allowEmpty?: boolean;
}

/**
 * A NumberInput that keeps what is being typed ("", "2.") as a local draft and
 * only reports complete numbers, so the rubric never holds a half-typed value.
 * Leaving the field shows the stored value again.
 */
export function NumberField({ value, onCommit, allowEmpty = false, ...props }: NumberFieldProps) {
  const shown = value === null || !Number.isFinite(value) ? '' : value;
  const [draft, setDraft] = useState<string | number>(shown);
  const [synced, setSynced] = useState<string | number>(shown);
  if (synced !== shown) {
    setSynced(shown);
    setDraft(shown);
  }
  return (
    <NumberInput
      {...props}
      value={draft}
      onChange={(next) => {
        setDraft(next);
        if (typeof next === 'number') onCommit(next);
        else if (next === '' && allowEmpty) onCommit(null);
      }}
      onBlur={() => {
        setDraft(shown);
      }}
    />
  );
}
