import { useState } from 'react';
import { Dialog, SaveActions } from './Dialog';

/** Asks for one line of text (e.g. a new title). */
export function TextPromptDialog(props: { title: string; label: string; initial: string; onSubmit(value: string): void; onCancel(): void }) {
  const [value, setValue] = useState(props.initial);
  return (
    <Dialog title={props.title} onClose={props.onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit(value);
        }}
      >
        <label className="field">
          <span>{props.label}</span>
          <input value={value} onChange={(e) => setValue(e.target.value)} autoFocus onFocus={(e) => e.target.select()} />
        </label>
        <SaveActions onCancel={props.onCancel}></SaveActions>
      </form>
    </Dialog>
  );
}
