import { Paper, SegmentedControl, Title, useMantineColorScheme } from '@mantine/core';
import type { MantineColorScheme } from '@mantine/core';

const options: { value: MantineColorScheme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: 'Follow the system' },
];

function isScheme(value: string): value is MantineColorScheme {
  return options.some((option) => option.value === value);
}

export function AppearanceCard() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="appearance-title">
      <Title order={2} size="h4" id="appearance-title" mb="sm">
        Appearance
      </Title>
      <SegmentedControl
        aria-label="Colour scheme"
        value={colorScheme}
        data={options}
        onChange={(value) => {
          if (isScheme(value)) setColorScheme(value);
        }}
      />
    </Paper>
  );
}
