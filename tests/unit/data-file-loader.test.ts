import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { guardedWatcher } from '../../src/lib/data-file-loader';

/** A stand-in for Vite's file watcher: `add` records, `on` registers, `emit` fires. */
function fakeWatcher() {
  const emitter = new EventEmitter();
  const added: string[] = [];
  return { added, emitter, watcher: { add: (p: string) => (added.push(p), undefined), on: (e: string, h: (p: string) => void) => emitter.on(e, h) } };
}

describe('guardedWatcher', () => {
  it('reloads the data file when a change leaves it valid, and lets changes to other files through', () => {
    const { emitter, watcher, added } = fakeWatcher();
    const reloaded: string[] = [];
    const reports: string[][] = [];
    const guarded = guardedWatcher(watcher as never, 'content/timeline.yaml', () => [], (p) => reports.push(p));
    guarded.add('content/timeline.yaml');
    guarded.on('change', (p) => reloaded.push(p));
    emitter.emit('change', `${process.cwd()}/content/timeline.yaml`);
    emitter.emit('change', `${process.cwd()}/content/people.yaml`);
    expect(added).toEqual(['content/timeline.yaml']);
    expect(reloaded).toEqual([`${process.cwd()}/content/timeline.yaml`, `${process.cwd()}/content/people.yaml`]);
    expect(reports).toEqual([]);
  });

  it('reports a change that breaks the file and does not reload it, so the last good entries stay', () => {
    const { emitter, watcher } = fakeWatcher();
    const reloaded: string[] = [];
    const reports: string[][] = [];
    const guarded = guardedWatcher(watcher as never, './content/timeline.yaml', () => ['content/timeline.yaml (entry 3): field "id": "coup" is already the id of entry 1'], (p) => reports.push(p));
    guarded.on('change', (p) => reloaded.push(p));
    emitter.emit('change', `${process.cwd()}/content/timeline.yaml`);
    expect(reloaded).toEqual([]);
    expect(reports).toEqual([['content/timeline.yaml (entry 3): field "id": "coup" is already the id of entry 1']]);
  });
});
