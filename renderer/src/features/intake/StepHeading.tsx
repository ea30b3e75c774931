import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';

export interface StepHeadingProps {
  readonly step: number;
  readonly of: number;
  readonly children: ReactNode;
}

/** "Step 1 of 2" and the step's heading, which takes focus when the step appears. */
export function StepHeading({ step, of, children }: StepHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <>
      <Text size="sm" c="dimmed" fw={600}>
        Step {step} of {of}
      </Text>
      <Title order={4} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {children}
      </Title>
    </>
  );
}
