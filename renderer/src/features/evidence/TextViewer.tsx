import { Box } from '@mantine/core';
import classes from './TextViewer.module.css';
import { TextPreview } from './TextPreview';

export interface TextViewerProps {
  readonly src: string;
  readonly fileName: string;
  readonly size: number;
}

export function TextViewer({ src, fileName, size }: TextViewerProps) {
  return (
    <TextPreview src={src} fileName={fileName} size={size}>
      {(text) => (
        <Box
          role="region"
          aria-label={`Text of ${fileName}`}
          tabIndex={0}
          className={classes.frame}
        >
          <pre className={classes.text}>{text === '' ? '(This file is empty.)' : text}</pre>
        </Box>
      )}
    </TextPreview>
  );
}
