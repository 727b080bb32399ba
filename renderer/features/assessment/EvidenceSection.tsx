// The evidence of one indicator or GCG item, folded under a one-line summary (attached / missing) to keep the list short.
import type { ComponentProps } from 'react';
import { useMessages } from '../../i18n/feature';
import { AttachEvidence } from '../evidence/AttachEvidence';
import { M } from './messages';

export function EvidenceSection(props: ComponentProps<typeof AttachEvidence>) {
  const t = useMessages(M);
  const linked = props.evidence.filter((e) => props.linkedIds.includes(e.id));
  const kinds = new Set(linked.map((e) => e.kind));
  const missing = props.expectedKinds.filter((k) => !kinds.has(k)).length;
  return (
    <details className="ind-evidence">
      <summary>
        {t('ev.title')}{' '}
        <span className="ev-count">· {t('ev.attached', { n: linked.length })}</span>{' '}
        {missing > 0 && <span className="ev-count missing">· {t('ev.missing', { n: missing })}</span>}
      </summary>
      <AttachEvidence {...props} />
    </details>
  );
}
