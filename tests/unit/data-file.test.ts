import { describe, expect, it } from 'vitest';
import { dataFileProblems } from '../../src/lib/data-file';

const FILE = 'content/timeline.yaml';

describe('dataFileProblems', () => {
  it('accepts a list of entries with distinct ids, and an empty file', () => {
    expect(dataFileProblems(FILE, '- id: coup\n  date: 2021-02-01\n- id: visit\n')).toEqual([]);
    expect(dataFileProblems(FILE, '# nothing yet\n')).toEqual([]);
  });

  it('names the file, line and column of YAML that does not parse', () => {
    const [problem, ...rest] = dataFileProblems(FILE, '- id: coup\n  sources: [V1\n- id: visit\n');
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/timeline\.yaml:\d+:\d+: the YAML does not parse: /);
  });

  it('refuses a repeated id, naming both entries, instead of letting the later replace the earlier', () => {
    expect(dataFileProblems(FILE, '- id: coup\n- id: visit\n- id: coup\n')).toEqual([
      'content/timeline.yaml (entry 3): field "id": "coup" is already the id of entry 1; each entry needs its own (the later would replace the earlier)',
    ]);
  });

  it('refuses an entry without an id, and a file that is not a list', () => {
    expect(dataFileProblems(FILE, '- id: coup\n- date: 2021-02-01\n- id: ""\n')).toEqual([
      'content/timeline.yaml (entry 2): field "id": missing; every entry needs an id',
      'content/timeline.yaml (entry 3): field "id": missing; every entry needs an id',
    ]);
    expect(dataFileProblems(FILE, 'coup:\n  date: 2021-02-01\n')).toEqual(['content/timeline.yaml: expected a list of entries ("- id: …"), found a mapping']);
  });

  it('compares ids as the loader does, as strings: 1 and "1" are the same id', () => {
    expect(dataFileProblems(FILE, '- id: 1\n- id: "1"\n')).toHaveLength(1);
  });
});
