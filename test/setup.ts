import './support/realmClone';
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy…/waitFor wait on a condition; on a machine busy with other suites the default second is
// not always enough for IndexedDB work (the first-run sample), so they may wait longer. A test
// that passes still passes as soon as its condition holds.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
