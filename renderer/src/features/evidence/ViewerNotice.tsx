import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import classes from './ViewerNotice.module.css';

export interface ViewerNoticeProps {
  readonly title: string;
  readonly children: ReactNode;
}

/** A caution about what is (not) shown. Yellow, with text dark enough for 4.5:1 in both schemes. */
export function ViewerNotice({ title, children }: ViewerNoticeProps) {
  return (
    <Alert
      color="yellow"
      variant="light"
      title={title}
      icon={<IconAlertTriangle aria-hidden="true" />}
      classNames={{ title: classes.title, icon: classes.icon }}
    >
      {children}
    </Alert>
  );
}
