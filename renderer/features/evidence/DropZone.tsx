// A drop area for files that is also a plain button-driven file picker, so it works without a mouse.
import { useRef, useState, type ReactNode } from 'react';
import { useMessages } from '../../i18n/feature';
import { M } from './messages';

interface Props {
  onFiles(files: File[]): void;
  buttonLabel: string;
  compact?: boolean;
  title?: string;
  children?: ReactNode;
}

export function DropZone({ onFiles, buttonLabel, compact, title, children }: Props) {
  const t = useMessages(M);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hasFiles = (e: React.DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  return (
    <div
      className={`ev-drop${compact ? ' compact' : ''}${over ? ' over' : ''}`}
      onDragEnter={(e) => { if (hasFiles(e)) { e.preventDefault(); setOver(true); } }}
      onDragOver={(e) => { if (hasFiles(e)) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; } }}
      onDragLeave={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false); }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (e.dataTransfer.files.length) onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      {!compact && <span className="ev-drop-icon" aria-hidden="true">⇪</span>}
      <div className="ev-drop-text">
        {title && <strong>{title}</strong>}
        <span className="muted">{compact ? t('dropHintSmall') : t('dropHint')}</span>
      </div>
      <button type="button" className="btn" onClick={() => input.current?.click()}>{buttonLabel}</button>
      {children}
      <input
        ref={input} type="file" multiple hidden aria-label={t('fileInput')}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = ''; // choosing the same file again must fire change again
          if (files.length) onFiles(files);
        }}
      />
    </div>
  );
}
