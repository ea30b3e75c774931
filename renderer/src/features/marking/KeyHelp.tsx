import { Kbd, Text } from '@mantine/core';
import { markingKeyHelp } from './keys';
import classes from './MarkingView.module.css';

/** The marking keys, always visible in one line that wraps. */
export function KeyHelp() {
  return (
    <Text size="sm" c="dimmed" component="p" className={classes.keys} aria-label="Marking keys">
      {markingKeyHelp.map(([keys, does], i) => (
        <span key={keys}>
          {i > 0 && ' · '}
          <Kbd size="xs">{keys}</Kbd> {does}
        </span>
      ))}
    </Text>
  );
}
