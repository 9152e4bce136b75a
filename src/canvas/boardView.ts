import { useMemo } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { BoardView } from '../editor/view';

/** The view of the board in the surrounding ReactFlowProvider. */
export function useBoardView(): BoardView {
  const flow = useReactFlow();
  const store = useStoreApi();
  return useMemo(() => ({ flow, pane: () => ({ width: store.getState().width, height: store.getState().height }) }), [flow, store]);
}
