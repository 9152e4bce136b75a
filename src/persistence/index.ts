export * from './db';
export * from './boardRepository';
export * from './autosave';
export * from './failure';
