import { memo } from 'react';
import { ViewportPortal, useStore as useFlowStore } from '@xyflow/react';
import type { Layout } from '../model';
import { useEditorStore } from '../store/EditorStoreContext';
import type { Peer } from '../store/editorStore';

/**
 * The others on a shared board: each one's selected cards outlined in their colour, and their
 * pointer with their name. Drawn from awareness (the store's peers), never from the document.
 */
export const PresenceLayer = memo(function PresenceLayer({ layout }: { layout: Layout }) {
  const peers = useEditorStore((s) => s.peers);
  if (!peers.length) return null;
  return (
    <>
      <ViewportPortal>
        {peers.flatMap((peer) =>
          peer.selection.map((id) => {
            const r = layout.cards.get(id);
            return r ? (
              <div
                key={`${peer.id}:${id}`}
                className="peer-selection"
                data-peer={peer.name}
                style={{ transform: `translate(${r.x - 4}px, ${r.y - 4}px)`, width: r.width + 8, height: r.height + 8, borderColor: peer.color }}
              />
            ) : null;
          }),
        )}
      </ViewportPortal>
      <PeerPointers peers={peers} />
    </>
  );
});

/** Pointers with names, above the cards (a layer following the viewport, as the drag layer does). */
function PeerPointers({ peers }: { peers: readonly Peer[] }) {
  const [tx, ty, zoom] = useFlowStore((s) => s.transform);
  return (
    <div className="presence-pointers" style={{ transform: `translate(${tx}px, ${ty}px) scale(${zoom})` }}>
      {peers.map((peer) =>
        peer.pointer ? (
          <div key={peer.id} className="peer-pointer" style={{ transform: `translate(${peer.pointer.x}px, ${peer.pointer.y}px)`, color: peer.color }}>
            <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
              <path d="M1 1 L1 17 L5.5 12.5 L9 19 L11.5 18 L8 11.5 L14 11.5 Z" fill="currentColor" stroke="#fff" strokeWidth="1.2" />
            </svg>
            <span style={{ background: peer.color }}>{peer.name}</span>
          </div>
        ) : null,
      )}
    </div>
  );
}
