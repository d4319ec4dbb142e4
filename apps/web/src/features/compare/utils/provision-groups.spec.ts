import { describe, expect, it } from 'vitest';
import { compareProvisions, groupBySection } from './provision-groups';

describe('groupBySection', () => {
  it('groups provisions by section in Code order', () => {
    const groups = groupBySection(
      [
        { provision: '6.10', title: 'b', section: 6 },
        { provision: '1.1', title: 'a', section: 1 },
        { provision: '6.3', title: 'c', section: 6 },
      ],
      { 6: 'Stage 1' },
    );
    expect(
      groups.map((group) => [group.section, group.title, group.provisions.map((p) => p.provision)]),
    ).toEqual([
      [1, 'Section 1', ['1.1']],
      [6, 'Stage 1', ['6.3', '6.10']],
    ]);
  });

  it('compares provision numbers part by part', () => {
    expect(['6.10', '6.2', '10.1', '6.1'].sort(compareProvisions)).toEqual(['6.1', '6.2', '6.10', '10.1']);
  });
});
